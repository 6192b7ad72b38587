/**
 * Attribution: claims by third parties about a case — claims of responsibility, attributions, denials,
 * rebuttals, and what they say about our warnings — each its own row, graded with the Admiralty code and
 * never merged; competing hypotheses (ACH) weighed against the evidence, and the case's attribution
 * judgement.
 * Public: {@link org.forewarn.attribution.Claims} (with {@link org.forewarn.attribution.RecordClaim},
 * {@link org.forewarn.attribution.ClaimView}, {@link org.forewarn.attribution.ClaimSource},
 * {@link org.forewarn.attribution.ClaimKind}, {@link org.forewarn.attribution.Wording} and the event
 * {@link org.forewarn.attribution.ClaimRecorded}), {@link org.forewarn.attribution.Hypotheses}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Attribution")
package org.forewarn.attribution;
