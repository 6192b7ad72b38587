/**
 * The append-only, SHA-256 hash-chained record of every domain event, its verification, and the
 * Ed25519-signed receipts of delivered warnings. Public: {@link org.forewarn.audit.Receipts},
 * {@link org.forewarn.audit.CanonicalJson}, {@link org.forewarn.audit.AuditTrail}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.forewarn.audit;
