package org.forewarn.warning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.forewarn.shared.DomainException;
import org.springframework.stereotype.Service;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A MISP feed of delivered warnings: the files of a static feed directory, as MISP's feed importer
 * fetches them (docs/exchange.md). Which warnings go into whose feed, and who may fetch it, is the
 * caller's business.
 */
@Service
public class MispFeed {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final WarningMisp misp;

    MispFeed(WarningMisp misp) {
        this.misp = misp;
    }

    /**
     * The feed's files.
     *
     * @param manifest the {@code manifest.json}: each event's entry by uuid
     * @param hashes   the {@code hashes.csv}: one {@code md5,event uuid} line per attribute value
     * @param events   each {@code <uuid>.json} by file name
     * @param left     the warnings left out: not (yet) delivered, or their text now reveals protected content
     */
    public record Feed(String manifest, String hashes, Map<String, String> events, List<UUID> left) {

        /** Every file by name, e.g. to serve or write the directory. */
        public Map<String, String> files() {
            Map<String, String> files = new LinkedHashMap<>();
            files.put("manifest.json", manifest);
            files.put("hashes.csv", hashes);
            files.putAll(events);
            return files;
        }
    }

    /** The feed of these warnings, in the order given; an unknown warning id is an error (404). */
    public Feed of(List<UUID> warningIds) {
        ObjectNode manifest = JSON.createObjectNode();
        StringBuilder hashes = new StringBuilder();
        Map<String, String> events = new LinkedHashMap<>();
        List<UUID> left = new ArrayList<>();
        for (UUID warningId : warningIds) {
            JsonNode event;
            try {
                event = misp.event(warningId);
            } catch (DomainException e) {
                if (e.kind() == DomainException.Kind.NOT_FOUND) {
                    throw e;
                }
                left.add(warningId);
                continue;
            }
            manifest.setAll(WarningMisp.manifestEntry(event));
            WarningMisp.hashLines(event).forEach(line -> hashes.append(line).append('\n'));
            events.put(event.get("Event").get("uuid").asString() + ".json", JSON.writeValueAsString(event));
        }
        return new Feed(JSON.writeValueAsString(manifest), hashes.toString(), events, List.copyOf(left));
    }
}
