/**
 * Demo data: the demo users and the Crocus City Hall case (March 2024), replayed through the same
 * services the API uses, at the scenario's own times.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo")
package org.forewarn.demo;
