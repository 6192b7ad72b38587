package org.forewarn.shared;

import org.springframework.core.env.CommandLinePropertySource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertySource;

/**
 * Whether this instance runs the demo: started with {@code --demo} ({@code --demo=false} does not),
 * or with {@code forewarn.demo=true}. This is the one place that reads the flag; the demo loader,
 * the demo-only beans, the first-start admin and the sign-in page all ask this.
 * <p>
 * Not a {@code @ConfigurationProperties} record: {@code forewarn.demo} is a flag and also the prefix
 * of {@code forewarn.demo.inbox-url}, which no single bound type can be, and {@code --demo} is a bare
 * command-line option.
 *
 * @param on       the demo runs: its users and the Crocus case are loaded, no first-start admin is made
 * @param inboxUrl where the demo's enrolled people receive their alerts ({@code forewarn.demo.inbox-url});
 *                 null: this server's own demo inbox
 * @param scale    how many synthetic cases the demo holds besides Crocus ({@code --demo-scale=N} or
 *                 {@code forewarn.demo.scale}); 0: none
 */
public record DemoMode(boolean on, String inboxUrl, int scale) {

    public static final DemoMode OFF = new DemoMode(false, null, 0);

    public DemoMode {
        if (scale < 0) {
            throw new IllegalArgumentException("--demo-scale (forewarn.demo.scale) must be 0 or more, not " + scale);
        }
    }

    /** Also usable before any bean exists (in a {@code Condition}). */
    public static DemoMode of(Environment environment) {
        boolean option = false;
        String scaleOption = null;
        if (environment instanceof ConfigurableEnvironment configurable) {
            // Only the command line's --demo, not an environment variable that happens to be called DEMO.
            PropertySource<?> commandLine = configurable.getPropertySources()
                    .get(CommandLinePropertySource.COMMAND_LINE_PROPERTY_SOURCE_NAME);
            Object value = commandLine == null ? null : commandLine.getProperty("demo");
            option = value != null && !"false".equalsIgnoreCase(value.toString().strip());
            Object scale = commandLine == null ? null : commandLine.getProperty("demo-scale");
            scaleOption = scale == null ? null : scale.toString().strip();
        }
        boolean on = option || environment.getProperty("forewarn.demo", Boolean.class, false);
        String inbox = environment.getProperty("forewarn.demo.inbox-url");
        String scale = scaleOption != null ? scaleOption : environment.getProperty("forewarn.demo.scale", "0").strip();
        return new DemoMode(on, inbox == null || inbox.isBlank() ? null : inbox.strip(), scale(scale));
    }

    private static int scale(String value) {
        try {
            // 100_000 and 100,000 read as people write them.
            return Integer.parseInt(value.replace("_", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--demo-scale (forewarn.demo.scale) must be a whole number of cases, "
                    + "not '" + value + "'");
        }
    }
}
