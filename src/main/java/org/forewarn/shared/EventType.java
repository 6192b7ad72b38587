package org.forewarn.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The name a {@link DomainEvent} is recorded under in the audit chain ({@code event_type}), and
 * under which auditors, the case timeline and anyone verifying the chain find it. Declared on each
 * event rather than taken from its class name, so that renaming or moving a class changes nothing
 * on the record. Once an event has been recorded its name never changes: entries already on the
 * chain keep it. Every event declares its own; no two share one.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {

    String value();
}
