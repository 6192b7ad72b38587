/**
 * Public alerts: embassy-style security alerts written, checked for protected content, released by
 * a second person where the policy says so, and published as CAP 1.2, Atom and a web page. A
 * published message never changes; updates and cancels are new messages referencing it.
 * Public: {@link org.forewarn.alert.Alerts} (the facade), its commands and views, the
 * {@link org.forewarn.alert.AlertPublished} event other modules act on (No Double Standard, the
 * fan-out), and {@link org.forewarn.alert.OutgoingAlert} — a published message as it goes out.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Public alerts")
package org.forewarn.alert;
