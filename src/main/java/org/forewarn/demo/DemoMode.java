package org.forewarn.demo;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True when Forewarn was started with {@code --demo} (or {@code forewarn.demo=true}). */
class DemoMode implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        var env = context.getEnvironment();
        String flag = env.getProperty("demo");
        return (flag != null && !"false".equalsIgnoreCase(flag)) || env.getProperty("forewarn.demo", Boolean.class, false);
    }
}
