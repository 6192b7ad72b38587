/**
 * The directory of who can be warned: governments and their services, protective authorities,
 * venues, persons; how far we trust them; how to reach them.
 * Public: {@link org.forewarn.recipient.Recipients} and the types it returns.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Recipient")
package org.forewarn.recipient;
