package org.forewarn.intake;

import org.forewarn.shared.DomainEvent;

/** Something that happened to incoming reporting; outside any case until it becomes one. */
public interface IntakeEvent extends DomainEvent {
}
