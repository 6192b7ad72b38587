package org.forewarn.warning;

import java.util.List;
import java.util.UUID;

import org.forewarn.identity.CurrentUser;
import org.forewarn.shared.DomainException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * Each partner's MISP feed: the warnings delivered to the recipient its account speaks for, in the
 * static layout MISP's feed importer reads ({@code manifest.json}, {@code hashes.csv},
 * {@code <uuid>.json}). A partner configures {@code https://<forewarn>/misp/feed/} as a MISP feed with
 * an {@code Authorization: Basic …} header; it sees its own warnings and nobody else's.
 */
@RestController
@Hidden
class MispFeedController {

    private final MispFeed feed;
    private final CurrentUser currentUser;
    private final JdbcClient jdbc;

    MispFeedController(MispFeed feed, CurrentUser currentUser, JdbcClient jdbc) {
        this.feed = feed;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
    }

    @GetMapping(value = "/misp/feed/manifest.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('PARTNER')")
    ResponseEntity<String> manifest() {
        return ResponseEntity.ok(current().manifest());
    }

    @GetMapping(value = "/misp/feed/hashes.csv", produces = "text/csv")
    @PreAuthorize("hasRole('PARTNER')")
    ResponseEntity<String> hashes() {
        return ResponseEntity.ok(current().hashes());
    }

    @GetMapping(value = "/misp/feed/{uuid}.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('PARTNER')")
    ResponseEntity<String> event(@PathVariable UUID uuid) {
        String event = current().events().get(uuid + ".json");
        if (event == null) {
            throw DomainException.notFound("MISP event in your feed", uuid);
        }
        return ResponseEntity.ok(event);
    }

    /** The feed of the warnings delivered to the partner's recipient, oldest first. */
    private MispFeed.Feed current() {
        UUID recipient = currentUser.partnerRecipient()
                .orElseThrow(() -> DomainException.forbidden("forbidden", "Only a partner account has a MISP feed."));
        List<UUID> delivered = jdbc.sql("select id from warnings where recipient_id = :recipient and state in "
                        + "('DELIVERED', 'ACKNOWLEDGED', 'NO_RESPONSE', 'ESCALATED') order by delivered_at, id")
                .param("recipient", recipient).query(UUID.class).list();
        return feed.of(delivered);
    }
}
