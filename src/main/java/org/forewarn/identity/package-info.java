/**
 * Users, roles, clearance and compartments; authentication and the separation-of-duties check.
 * Public: {@link org.forewarn.identity.CurrentUser}, {@link org.forewarn.identity.Actor},
 * {@link org.forewarn.identity.Role}, {@link org.forewarn.identity.Clearance},
 * {@link org.forewarn.identity.UserAdministration},
 * {@link org.forewarn.identity.PartnerRecipients} (a port the recipient module implements).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.forewarn.identity;
