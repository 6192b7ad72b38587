package org.forewarn.alert;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.forewarn.alert.PublicDocumentCache.Key;
import org.forewarn.alert.PublicDocumentCache.Rendered;
import org.forewarn.shared.DomainException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What the public sees, without signing in: the Atom feeds, each alert's CAP document and its
 * readable page. Drafts and messages awaiting release do not exist here; the threat behind an
 * alert is never mentioned. Every document is conditional (ETag, Last-Modified, 304) and answers
 * HEAD as it answers GET, without the body. Each is rendered once and then served from
 * {@link PublicDocumentCache} until a publication or the passing of an expiry changes it.
 */
@Controller
class PublicAlertController {

    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    static final MediaType CAP = MediaType.parseMediaType("application/cap+xml;charset=UTF-8");
    static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");

    private final Alerts alerts;
    private final PublicDocumentCache documents;
    private final PublicPageRenderer pages;

    PublicAlertController(Alerts alerts, PublicDocumentCache documents, PublicPageRenderer pages) {
        this.alerts = alerts;
        this.documents = documents;
        this.pages = pages;
    }

    /** Current alerts, newest first; expired and cancelled ones drop out. */
    @GetMapping("/alerts.atom")
    ResponseEntity<byte[]> currentFeed() {
        return documents.answer(Key.CURRENT_FEED, now -> feed(alerts.settings().feedTitle(), "/alerts.atom",
                alerts.current(now), alerts.archive(), now));
    }

    /** Every published message, including expired, superseded and cancelled ones. */
    @GetMapping("/alerts/archive.atom")
    ResponseEntity<byte[]> archiveFeed() {
        return documents.answer(Key.ARCHIVE_FEED, now -> {
            List<PublicAlert> archive = alerts.archive();
            return feed(alerts.settings().feedTitle() + " (archive)", "/alerts/archive.atom", archive, archive, now);
        });
    }

    private Rendered feed(String title, String selfPath, List<PublicAlert> entries, List<PublicAlert> archive,
            Instant now) {
        Instant lastModified = feedLastModified(archive, now);
        return new Rendered(AtomFeed.render(title, selfPath, entries, lastModified, alerts.settings()), ATOM,
                lastModified, nextExpiry(archive, now));
    }

    /** The message's record: it never changes. */
    @GetMapping("/alerts/{id}.cap")
    ResponseEntity<byte[]> cap(@PathVariable UUID id) {
        return documents.answer(Key.cap(id), now -> {
            PublicAlert message = published(id);
            return new Rendered(alerts.cap(message), CAP, message.sent(), null);
        });
    }

    /**
     * The page changes only when its message is superseded or cancelled (a notice and a link to the
     * latest version appear) or expires (a notice appears): its ETag and Last-Modified follow those,
     * so readers and caches can ask "has it changed?" as they do for the CAP and the feeds.
     */
    @GetMapping("/alerts/{id}")
    ResponseEntity<byte[]> page(@PathVariable UUID id, HttpServletRequest request, HttpServletResponse response) {
        return documents.answer(Key.page(id), now -> page(published(id), now, request, response));
    }

    private Rendered page(PublicAlert message, Instant now, HttpServletRequest request, HttpServletResponse response) {
        PublicAlert latest = alerts.latestOfSeries(message);
        boolean expired = !message.expires().isAfter(now);
        Instant lastModified = latest(message.sent(), message.endedAt(), expired ? message.expires() : null,
                latest.sent());
        ZoneId zone = ZoneId.of(message.timeZone());
        DateTimeFormatter format = DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy, HH:mm z", Locale.ENGLISH)
                .withZone(zone);
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block(message.language(), message.headline(), message.event(), message.description(),
                actions(message.instruction())));
        for (StoredTranslation t : message.translations()) {
            blocks.add(new Block(t.language(), t.headline(), t.event() != null ? t.event() : message.event(),
                    t.description(), actions(t.instruction())));
        }
        String notice = null;
        if (message.msgType() == MsgType.CANCEL) {
            notice = "This message cancels an earlier alert.";
        } else if (message.status() == AlertStatus.CANCELLED) {
            notice = "This alert has been cancelled.";
        } else if (message.status() == AlertStatus.SUPERSEDED) {
            notice = "This alert has been updated. See the latest version.";
        } else if (expired) {
            notice = "This alert expired on " + format.format(message.expires()) + ".";
        }
        Map<String, Object> model = new HashMap<>();
        model.put("alert", new Page(message.id(), message.msgType().cap(), message.sender(),
                message.language(), message.area().description(), message.assistance(), message.severity().cap(),
                message.urgency().cap(), message.certainty().cap(), message.sent()));
        model.put("blocks", blocks);
        model.put("sent", format.format(message.sent()));
        model.put("effective", format.format(message.effective()));
        model.put("expires", format.format(message.expires()));
        model.put("notice", notice);
        model.put("latestId", latest.id().equals(message.id()) ? null : latest.id());
        // It changes when superseded or cancelled (a publication) and when it expires (a notice appears).
        return new Rendered(pages.render("alerts/alert", model, request, response), HTML, lastModified,
                expired ? null : message.expires());
    }

    private static Instant latest(Instant... instants) {
        Instant last = Instant.EPOCH;
        for (Instant i : instants) {
            if (i != null && i.isAfter(last)) {
                last = i;
            }
        }
        return last;
    }

    /** What the page shows of a message: public content only (no threat link, no internal fields). */
    record Page(UUID id, String msgType, String sender, String language, String area, String assistance,
                String severity, String urgency, String certainty, Instant sent) {
    }

    /** A language block of the page: "Event" and "Actions to take" in that language. */
    record Block(String language, String headline, String event, String description, List<String> actions) {
    }

    /** One action per line, or per sentence when written as a paragraph. */
    static List<String> actions(String instruction) {
        String[] parts = instruction.contains("\n") ? instruction.split("\\R+") : instruction.split("(?<=[.!?])\\s+");
        return Arrays.stream(parts).map(String::strip).map(s -> s.replaceFirst("^[-*\u2022]\\s*", ""))
                .filter(s -> !s.isEmpty()).toList();
    }

    private PublicAlert published(UUID id) {
        return alerts.published(id).orElseThrow(() -> DomainException.notFound("published alert", id));
    }

    /** The feeds change when a message is published and when an alert expires. */
    private static Instant feedLastModified(List<PublicAlert> archive, Instant now) {
        Instant last = Instant.EPOCH;
        for (PublicAlert a : archive) {
            if (a.sent().isAfter(last)) {
                last = a.sent();
            }
            if (!a.expires().isAfter(now) && a.expires().isAfter(last)) {
                last = a.expires();
            }
        }
        return last;
    }

    /** The next time the feeds change by time alone: the earliest expiry still ahead, or null. */
    private static Instant nextExpiry(List<PublicAlert> archive, Instant now) {
        Instant next = null;
        for (PublicAlert a : archive) {
            if (a.expires().isAfter(now) && (next == null || a.expires().isBefore(next))) {
                next = a.expires();
            }
        }
        return next;
    }
}
