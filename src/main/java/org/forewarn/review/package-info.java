/**
 * After-action review: a case read as one story — received, determined, warned, delivered,
 * answered, the public told, what happened — with the lead times between.
 * Public: {@link org.forewarn.review.CaseReview} and {@link org.forewarn.review.CaseTimeline}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Review")
package org.forewarn.review;
