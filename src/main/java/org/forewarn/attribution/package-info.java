/**
 * Attribution: claims by third parties about a case, competing hypotheses (ACH) weighed against the
 * evidence, and the case's attribution judgement. Public: {@link org.forewarn.attribution.Claims},
 * {@link org.forewarn.attribution.Hypotheses}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Attribution")
package org.forewarn.attribution;
