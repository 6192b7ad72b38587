/**
 * The analyst console: server-rendered pages (Thymeleaf + htmx, Leaflet maps) over the same
 * module facades the API uses. Form login with a session and CSRF; every page checks the role,
 * and the facades enforce clearance and separation of duties exactly as for the API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Console")
package org.forewarn.console;
