/**
 * Warnings: the releasable text (tearline) for one recipient, checked for leaks of protected
 * content, graded for specificity, approved, sent, delivered, acknowledged and followed up, with
 * a signed receipt of exactly what was delivered. Public: {@link org.forewarn.warning.Warnings},
 * its views and events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Warning")
package org.forewarn.warning;
