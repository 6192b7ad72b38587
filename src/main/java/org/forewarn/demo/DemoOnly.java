package org.forewarn.demo;

import org.forewarn.shared.DemoMode;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Beans that exist only in a demo ({@link DemoMode}). */
class DemoOnly implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return DemoMode.of(context.getEnvironment()).on();
    }
}
