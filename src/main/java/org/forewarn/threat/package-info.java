/**
 * Threat intake: what is known of a threat to life, graded with the Admiralty code, with its
 * protected details (source, method, protected terms) kept from anyone not cleared for them.
 * Public: {@link org.forewarn.threat.Threats} and the types it returns.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Threat")
package org.forewarn.threat;
