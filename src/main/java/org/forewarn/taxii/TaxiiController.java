package org.forewarn.taxii;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import org.forewarn.shared.web.TaxiiResponses;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The TAXII 2.1 endpoints. Thin: the paths and the TAXII resources' shapes here, the rules in
 * {@link TaxiiServer}, the refusals in {@link TaxiiErrors}.
 */
@RestController
@Hidden // not part of Forewarn's REST API: its contract is the TAXII 2.1 specification (docs/taxii.md)
@PreAuthorize("hasAnyRole('PARTNER', 'ANALYST', 'AUDITOR')")
class TaxiiController {

    static final String DATE_ADDED_FIRST = "X-TAXII-Date-Added-First";
    static final String DATE_ADDED_LAST = "X-TAXII-Date-Added-Last";
    private static final MediaType TAXII = MediaType.parseMediaType(TaxiiResponses.MEDIA_TYPE);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final TaxiiServer server;
    private final TaxiiProperties properties;
    private final long maxContentLength;

    TaxiiController(TaxiiServer server, TaxiiProperties properties, org.forewarn.shared.web.WebProperties web) {
        this.server = server;
        this.properties = properties;
        this.maxContentLength = web.maxJsonBody().toBytes();
    }

    @GetMapping("/taxii2/")
    ResponseEntity<Object> discovery(HttpServletRequest request) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", properties.title());
        body.put("description", "Forewarn's TAXII 2.1 server: the warnings addressed to each partner service, "
                + "and the reporting it sends us.");
        // URLs, as the specification has them: a client follows them as they are.
        String root = ServletUriComponentsBuilder.fromContextPath(request).path("/taxii2/" + properties.apiRoot() + "/")
                .toUriString();
        body.put("default", root);
        body.put("api_roots", List.of(root));
        return ok(body);
    }

    @GetMapping("/taxii2/{apiRoot}/")
    ResponseEntity<Object> apiRoot(@PathVariable String apiRoot) {
        requireRoot(apiRoot);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", properties.title());
        body.put("description", "The collections of Forewarn's partner services.");
        body.put("versions", List.of(TaxiiResponses.MEDIA_TYPE));
        body.put("max_content_length", maxContentLength);
        return ok(body);
    }

    @GetMapping("/taxii2/{apiRoot}/collections/")
    ResponseEntity<Object> collections(@PathVariable String apiRoot) {
        requireRoot(apiRoot);
        CollectionAccess access = server.access();
        List<Map<String, Object>> collections = server.visibleCollections().stream()
                .map(c -> collection(c, access)).toList();
        return ok(collections.isEmpty() ? Map.of() : Map.of("collections", collections));
    }

    @GetMapping("/taxii2/{apiRoot}/collections/{id}/")
    ResponseEntity<Object> collection(@PathVariable String apiRoot, @PathVariable String id) {
        requireRoot(apiRoot);
        return ok(collection(server.visible(collectionId(id)), server.access()));
    }

    @GetMapping("/taxii2/{apiRoot}/collections/{id}/objects/")
    ResponseEntity<Object> objects(@PathVariable String apiRoot, @PathVariable String id,
            @RequestParam Map<String, String> params) {
        requireRoot(apiRoot);
        return envelope(server.objects(collectionId(id), ObjectFilter.of(params, ObjectFilter.Versions.LAST),
                limit(params)));
    }

    @PostMapping("/taxii2/{apiRoot}/collections/{id}/objects/")
    ResponseEntity<Object> add(@PathVariable String apiRoot, @PathVariable String id, @RequestBody String body) {
        requireRoot(apiRoot);
        JsonNode envelope;
        try {
            envelope = JSON.readTree(body);
        } catch (RuntimeException e) {
            throw TaxiiException.badRequest("The body is not JSON: send a TAXII envelope, {\"objects\": [ ... ]}.");
        }
        return ResponseEntity.accepted().contentType(TAXII).body(status(server.add(collectionId(id), envelope)));
    }

    @GetMapping("/taxii2/{apiRoot}/collections/{id}/objects/{objectId}/")
    ResponseEntity<Object> object(@PathVariable String apiRoot, @PathVariable String id, @PathVariable String objectId,
            @RequestParam Map<String, String> params) {
        requireRoot(apiRoot);
        return envelope(server.object(collectionId(id), objectId, ObjectFilter.of(params, ObjectFilter.Versions.LAST),
                limit(params)));
    }

    @GetMapping("/taxii2/{apiRoot}/collections/{id}/objects/{objectId}/versions/")
    ResponseEntity<Object> versions(@PathVariable String apiRoot, @PathVariable String id,
            @PathVariable String objectId, @RequestParam Map<String, String> params) {
        requireRoot(apiRoot);
        TaxiiServer.Page page = server.versions(collectionId(id), objectId,
                ObjectFilter.of(params, ObjectFilter.Versions.ALL).onlyStart(), limit(params));
        Map<String, Object> body = paged(page);
        if (!page.rows().isEmpty()) {
            body.put("versions", page.rows().stream().map(TaxiiStore.Row::version).toList());
        }
        return withDates(page, body);
    }

    @GetMapping("/taxii2/{apiRoot}/collections/{id}/manifest/")
    ResponseEntity<Object> manifest(@PathVariable String apiRoot, @PathVariable String id,
            @RequestParam Map<String, String> params) {
        requireRoot(apiRoot);
        TaxiiServer.Page page = server.manifest(collectionId(id), ObjectFilter.of(params, ObjectFilter.Versions.LAST),
                limit(params));
        Map<String, Object> body = paged(page);
        if (!page.rows().isEmpty()) {
            List<Map<String, Object>> records = new ArrayList<>();
            for (TaxiiStore.Row row : page.rows()) {
                Map<String, Object> record = new LinkedHashMap<>();
                record.put("id", row.stixId());
                record.put("date_added", TaxiiTimestamps.format(row.dateAdded()));
                record.put("version", row.version());
                record.put("media_type", TaxiiMediaTypes.STIX);
                records.add(record);
            }
            body.put("objects", records);
        }
        return withDates(page, body);
    }

    @GetMapping("/taxii2/{apiRoot}/status/{statusId}/")
    ResponseEntity<Object> status(@PathVariable String apiRoot, @PathVariable String statusId) {
        requireRoot(apiRoot);
        UUID id;
        try {
            id = UUID.fromString(statusId);
        } catch (IllegalArgumentException e) {
            throw TaxiiException.notFound("No status " + statusId + ".");
        }
        return ok(status(server.status(id)));
    }

    /** Anything else under {@code /taxii2/}: not a TAXII resource. */
    @RequestMapping("/taxii2/**")
    ResponseEntity<Object> unknown(HttpServletRequest request) {
        throw TaxiiException.notFound("There is no TAXII resource at " + request.getRequestURI()
                + " (TAXII addresses end with '/').");
    }

    private void requireRoot(String apiRoot) {
        if (!properties.apiRoot().equals(apiRoot)) {
            throw TaxiiException.notFound("No API root '" + apiRoot + "'; this server's is '" + properties.apiRoot()
                    + "'.");
        }
    }

    private static UUID collectionId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw TaxiiException.notFound("No collection " + id + ".");
        }
    }

    private static Integer limit(Map<String, String> params) {
        String limit = params.get("limit");
        if (limit == null) {
            return null;
        }
        try {
            return Integer.valueOf(limit);
        } catch (NumberFormatException e) {
            throw TaxiiException.badRequest("limit must be a positive number, not '" + limit + "'.");
        }
    }

    private static Map<String, Object> collection(TaxiiCollection collection, CollectionAccess access) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", collection.id().toString());
        body.put("title", collection.title());
        if (collection.description() != null) {
            body.put("description", collection.description());
        }
        body.put("can_read", access.reads(collection));
        body.put("can_write", access.writes(collection));
        body.put("media_types", List.of(TaxiiMediaTypes.STIX));
        return body;
    }

    private ResponseEntity<Object> envelope(TaxiiServer.Page page) {
        Map<String, Object> body = paged(page);
        if (!page.rows().isEmpty()) {
            List<JsonNode> objects = page.rows().stream().map(row -> JSON.readTree(row.object())).toList();
            body.put("objects", objects);
        }
        return withDates(page, body);
    }

    /** {@code more} and {@code next}; an empty page is an empty envelope. */
    private static Map<String, Object> paged(TaxiiServer.Page page) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (!page.rows().isEmpty()) {
            body.put("more", page.more());
            if (page.more()) {
                body.put("next", NextToken.of(page.last()));
            }
        }
        return body;
    }

    private static ResponseEntity<Object> withDates(TaxiiServer.Page page, Map<String, Object> body) {
        ResponseEntity.BodyBuilder response = ResponseEntity.ok().contentType(TAXII);
        if (!page.rows().isEmpty()) {
            response.header(DATE_ADDED_FIRST, TaxiiTimestamps.format(page.first()))
                    .header(DATE_ADDED_LAST, TaxiiTimestamps.format(page.last()));
        }
        return response.body(body);
    }

    private static ResponseEntity<Object> ok(Object body) {
        return ResponseEntity.ok().contentType(TAXII).body(body);
    }

    private static Map<String, Object> status(TaxiiStore.Status status) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", status.id().toString());
        body.put("status", status.pendings() == 0 ? "complete" : "pending");
        body.put("request_timestamp", TaxiiTimestamps.format(status.requestTime()));
        body.put("total_count", status.total());
        body.put("success_count", status.successes());
        putDetails(body, "successes", status.successDetails());
        body.put("failure_count", status.failures());
        putDetails(body, "failures", status.failureDetails());
        body.put("pending_count", status.pendings());
        putDetails(body, "pendings", status.pendingDetails());
        return body;
    }

    private static void putDetails(Map<String, Object> body, String name, String details) {
        JsonNode list = JSON.readTree(details);
        if (!list.isEmpty()) {
            body.put(name, list);
        }
    }
}
