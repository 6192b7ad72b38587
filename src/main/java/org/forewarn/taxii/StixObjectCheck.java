package org.forewarn.taxii;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * The minimal checks an object must pass to be stored: a STIX 2.1 object with a well-formed
 * {@code type}, an {@code id} of that type ({@code type--uuid}), {@code spec_version} 2.1, and for
 * domain and relationship objects the {@code created} and {@code modified} timestamps its version is
 * told by. Not a full schema validation: a TAXII server stores what it is given, and the reader judges.
 */
final class StixObjectCheck {

    private static final Pattern TYPE = Pattern.compile("[a-z0-9][a-z0-9-]{1,248}[a-z0-9]");
    /** Cyber-observable objects: no created or modified; their version is the date they were added. */
    private static final Set<String> OBSERVABLES = Set.of("artifact", "autonomous-system", "directory", "domain-name",
            "email-addr", "email-message", "file", "ipv4-addr", "ipv6-addr", "mac-addr", "mutex", "network-traffic",
            "process", "software", "url", "user-account", "windows-registry-key", "x509-certificate");

    private StixObjectCheck() {
    }

    /** An object that passed: its id, type, and version (null for an observable, versioned by date added). */
    record Checked(String id, String type, String version, Instant versionAt, JsonNode object) {
    }

    /** The outcome for one object: either {@code checked} or a {@code problem}, never both. */
    record Outcome(Checked checked, String id, String version, String problem) {
        boolean ok() {
            return problem == null;
        }
    }

    static Outcome check(JsonNode object) {
        if (object == null || !object.isObject()) {
            return failed("", "", "is not a JSON object");
        }
        String id = text(object, "id");
        String type = text(object, "type");
        String created = text(object, "created");
        String modified = text(object, "modified");
        String version = modified != null ? modified : created != null ? created : "";
        String reportedId = id == null ? "" : id;
        if (type == null || !TYPE.matcher(type).matches()) {
            return failed(reportedId, version, "type must be 3-250 lower-case letters, digits or '-'");
        }
        if (id == null || !id.startsWith(type + "--") || !isUuid(id.substring(type.length() + 2))) {
            return failed(reportedId, version, "id must be '" + type + "--' followed by a UUID");
        }
        if (!"2.1".equals(text(object, "spec_version"))) {
            return failed(id, version, "spec_version must be \"2.1\": this collection holds STIX 2.1");
        }
        if (OBSERVABLES.contains(type)) {
            return new Outcome(new Checked(id, type, null, null, object), id, version, null);
        }
        Instant createdAt = TaxiiTimestamps.parse(created);
        if (createdAt == null) {
            return failed(id, version, "created must be an RFC 3339 timestamp in UTC, e.g. 2026-12-07T06:30:00.000Z");
        }
        if ("marking-definition".equals(type) && modified == null) {
            return new Outcome(new Checked(id, type, created, createdAt, object), id, created, null);
        }
        Instant modifiedAt = TaxiiTimestamps.parse(modified);
        if (modifiedAt == null) {
            return failed(id, version, "modified must be an RFC 3339 timestamp in UTC, e.g. 2026-12-07T06:30:00.000Z");
        }
        if (modifiedAt.isBefore(createdAt)) {
            return failed(id, version, "modified must not be before created");
        }
        return new Outcome(new Checked(id, type, modified, modifiedAt, object), id, modified, null);
    }

    private static Outcome failed(String id, String version, String problem) {
        return new Outcome(null, id, version, problem);
    }

    private static String text(JsonNode object, String field) {
        JsonNode value = object.get(field);
        return value != null && value.isString() ? value.asString() : null;
    }

    private static boolean isUuid(String text) {
        if (text.length() != 36) {
            return false;
        }
        try {
            return UUID.fromString(text).toString().equals(text.toLowerCase());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
