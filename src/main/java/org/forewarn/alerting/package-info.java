/**
 * Public alerts and getting them to people: embassy-style security alerts published as CAP 1.2
 * and Atom, the No-Double-Standard obligation that makes them due, the enrollment registry of
 * people who asked to be warned, and the geo-targeted fan-out to them.
 * Public: {@link org.forewarn.alerting.Alerts}, {@link org.forewarn.alerting.NoDoubleStandard},
 * {@link org.forewarn.alerting.Enrollments}, {@link org.forewarn.alerting.FanOuts} with
 * {@link org.forewarn.alerting.FanOutProgressStream} (the one poller behind every progress stream)
 * and the types they use.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Alerting")
package org.forewarn.alerting;
