/**
 * No Double Standard: when officials are warned of a threat to the general public, the public must
 * be told too. An obligation opens when such a warning is sent and is satisfied by the case's first
 * published alert, or waived by an approver cleared for the case, with reasons.
 * Public: {@link org.forewarn.nds.NoDoubleStandard} (the facade) and its views and events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "No Double Standard")
package org.forewarn.nds;
