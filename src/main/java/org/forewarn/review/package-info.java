/**
 * After-action review: a case read as one story — received, determined, warned, delivered,
 * answered, the public told, what happened — with the lead times between.
 * Oversight statistics: the figures of a period, each module counting its own
 * ({@link org.forewarn.shared.OversightSource}), and the cases behind each.
 * Public: {@link org.forewarn.review.CaseReview}, {@link org.forewarn.review.CaseTimeline},
 * {@link org.forewarn.review.Oversight} and the types it returns.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Review")
package org.forewarn.review;
