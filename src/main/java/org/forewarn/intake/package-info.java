/**
 * Intake: reporting that arrives from partner services. Partners' TAXII 2.1 collections are polled on
 * a schedule ({@link org.forewarn.intake.IntakeFeeds}); each STIX report found waits in a queue
 * ({@link org.forewarn.intake.IncomingReporting}, and in Due now) until an analyst turns it into a threat,
 * prefilled from the report, or dismisses it with a reason. Nothing becomes a threat by itself.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Intake")
package org.forewarn.intake;
