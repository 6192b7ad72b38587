/**
 * The enrollment registry: people who asked to be warned (citizens abroad, staff), how to reach
 * them, and where they are when — one by one through the API or by the hundred thousand from CSV.
 * Personal data: consular staff only.
 * Public: {@link org.forewarn.enrollment.Enrollments} (the facade), its commands, views and events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Enrollment")
package org.forewarn.enrollment;
