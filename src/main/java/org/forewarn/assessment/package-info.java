/**
 * Duty-to-warn determinations: whether a threat obliges us to warn, proposed by an analyst and
 * decided by a different approver; an approved duty starts the warning deadline.
 * Public: {@link org.forewarn.assessment.Assessments}, {@link org.forewarn.assessment.ApprovedDuty}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Assessment")
package org.forewarn.assessment;
