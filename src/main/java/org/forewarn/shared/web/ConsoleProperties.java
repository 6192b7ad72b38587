package org.forewarn.shared.web;

import java.net.URI;
import java.util.Optional;

import org.forewarn.shared.SettingChecks;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The console's settings. The web security reads them too: the tile server's origin is the one
 * outside origin the console may load images from.
 *
 * @param tileUrl an online map tile server for the console's maps, as a Leaflet URL template, e.g.
 *                {@code https://tile.openstreetmap.org/{z}/{x}/{y}.png} ({@code {s}} for a subdomain);
 *                empty: maps show only the shipped world boundaries (Natural Earth) and work offline
 */
@ConfigurationProperties("forewarn.console")
public record ConsoleProperties(@DefaultValue("") String tileUrl) {

    public ConsoleProperties {
        tileUrl = tileUrl.strip();
        SettingChecks.of("forewarn.console").require(tileUrl.isEmpty() || example(tileUrl).isPresent(), "tile-url",
                "must be an http(s) URL template such as https://tile.openstreetmap.org/{z}/{x}/{y}.png, not '"
                        + tileUrl + "'").orThrow();
    }

    /**
     * The tile server's origin as a Content-Security-Policy source ({@code {s}.tile.example.org} becomes
     * {@code *.tile.example.org}); empty without a tile server.
     */
    public Optional<String> tileOrigin() {
        return example(tileUrl).map(uri -> uri.getScheme() + "://" + uri.getHost().replaceFirst("^a\\.", "*.")
                + (uri.getPort() > 0 ? ":" + uri.getPort() : ""));
    }

    /** The template with its placeholders filled in, if that is an absolute http(s) URL with a host. */
    private static Optional<URI> example(String template) {
        if (template.isEmpty()) {
            return Optional.empty();
        }
        try {
            URI uri = URI.create(template.replace("{s}", "a").replace("{z}", "0").replace("{x}", "0")
                    .replace("{y}", "0").replace("{r}", ""));
            boolean web = "https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme());
            return web && uri.getHost() != null ? Optional.of(uri) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
