package org.forewarn.enrollment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the CSV import, so that no file can hold the server's memory or one transaction
 * without bound. A file over either limit is refused whole (400) and nothing of it is stored.
 *
 * @param maxImportLines lines of one file, the header not counted (the fan-out benchmark imports two million)
 * @param maxLineLength  characters of one line (a record: line breaks inside quotes included); the longest
 *                       valid line is about 2,700 characters
 */
@ConfigurationProperties("forewarn.alerting.enrollment")
record EnrollmentProperties(@DefaultValue("2000000") long maxImportLines, @DefaultValue("8192") int maxLineLength) {
}
