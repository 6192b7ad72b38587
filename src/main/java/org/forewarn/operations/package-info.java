/**
 * Operations: what an operator's tools need from a running Forewarn, apart from the API. Prometheus
 * metrics behind a credential of their own (not a staff account), and the settings of the meters
 * that other modules keep. Each module counts its own work (deliveries, sign-ins, the due queue, the
 * audit chain); this module only opens the door to them.
 * Public: {@link org.forewarn.operations.MetricsProperties} and
 * {@link org.forewarn.operations.MetricsCredential} (for the demo's start-up message).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Operations")
package org.forewarn.operations;
