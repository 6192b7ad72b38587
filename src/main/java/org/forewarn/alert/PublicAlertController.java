package org.forewarn.alert;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.forewarn.shared.DomainException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;

import jakarta.servlet.http.HttpServletResponse;

/**
 * What the public sees, without signing in: the Atom feeds, each alert's CAP document and its
 * readable page. Drafts and messages awaiting release do not exist here; the threat behind an
 * alert is never mentioned. Every document is conditional (ETag, Last-Modified, 304) and answers
 * HEAD as it answers GET, without the body.
 */
@Controller
class PublicAlertController {

    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    static final MediaType CAP = MediaType.parseMediaType("application/cap+xml;charset=UTF-8");

    private static final CacheControl FEED_CACHE = CacheControl.maxAge(Duration.ofSeconds(60));
    private static final CacheControl CAP_CACHE = CacheControl.maxAge(Duration.ofMinutes(5));
    private static final CacheControl PAGE_CACHE = CacheControl.maxAge(Duration.ofSeconds(60));

    private final Alerts alerts;
    private final Clock clock;

    PublicAlertController(Alerts alerts, Clock clock) {
        this.alerts = alerts;
        this.clock = clock;
    }

    /** Current alerts, newest first; expired and cancelled ones drop out. */
    @GetMapping("/alerts.atom")
    ResponseEntity<String> currentFeed(WebRequest request) {
        Instant now = clock.instant();
        List<PublicAlert> current = alerts.current(now);
        Instant lastModified = feedLastModified(now);
        String feed = AtomFeed.render(alerts.settings().feedTitle(), "/alerts.atom", current, lastModified,
                alerts.settings());
        return conditional(request, feed, lastModified, ATOM, FEED_CACHE);
    }

    /** Every published message, including expired, superseded and cancelled ones. */
    @GetMapping("/alerts/archive.atom")
    ResponseEntity<String> archiveFeed(WebRequest request) {
        Instant now = clock.instant();
        Instant lastModified = feedLastModified(now);
        String feed = AtomFeed.render(alerts.settings().feedTitle() + " (archive)", "/alerts/archive.atom",
                alerts.archive(), lastModified, alerts.settings());
        return conditional(request, feed, lastModified, ATOM, FEED_CACHE);
    }

    @GetMapping("/alerts/{id}.cap")
    ResponseEntity<String> cap(@PathVariable UUID id, WebRequest request) {
        PublicAlert message = published(id);
        return conditional(request, alerts.cap(message), message.sent(), CAP,
                CAP_CACHE);
    }

    /**
     * The page changes only when its message is superseded or cancelled (a notice and a link to the
     * latest version appear) or expires (a notice appears): its ETag and Last-Modified follow those,
     * so readers and caches can ask "has it changed?" as they do for the CAP and the feeds.
     */
    @GetMapping("/alerts/{id}")
    String page(@PathVariable UUID id, Model model, WebRequest request, HttpServletResponse response) {
        PublicAlert message = published(id);
        PublicAlert latest = alerts.latestOfSeries(message);
        Instant now = clock.instant();
        boolean expired = !message.expires().isAfter(now);
        Instant lastModified = latest(message.sent(), message.endedAt(), expired ? message.expires() : null,
                latest.sent());
        String etag = "W/\"" + HexFormat.of().formatHex(Sha256.of((message.id() + "|" + message.status() + "|"
                + latest.id() + "|" + expired).getBytes(StandardCharsets.UTF_8))).substring(0, 32) + "\"";
        response.setHeader(HttpHeaders.CACHE_CONTROL, PAGE_CACHE.cachePublic().getHeaderValue());
        if (request.checkNotModified(etag, lastModified.toEpochMilli() / 1000 * 1000)) {
            return null;
        }
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
        model.addAttribute("alert", new Page(message.id(), message.msgType().cap(), message.sender(),
                message.language(), message.area().description(), message.assistance(), message.severity().cap(),
                message.urgency().cap(), message.certainty().cap(), message.sent()));
        model.addAttribute("blocks", blocks);
        model.addAttribute("sent", format.format(message.sent()));
        model.addAttribute("effective", format.format(message.effective()));
        model.addAttribute("expires", format.format(message.expires()));
        model.addAttribute("notice", notice);
        model.addAttribute("latestId", latest.id().equals(message.id()) ? null : latest.id());
        return "alerts/alert";
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
    private Instant feedLastModified(Instant now) {
        Instant last = Instant.EPOCH;
        for (PublicAlert a : alerts.archive()) {
            if (a.sent().isAfter(last)) {
                last = a.sent();
            }
            if (!a.expires().isAfter(now) && a.expires().isAfter(last)) {
                last = a.expires();
            }
        }
        return last;
    }

    private static ResponseEntity<String> conditional(WebRequest request, String body, Instant lastModified,
            MediaType type, CacheControl cache) {
        String etag = "\"" + HexFormat.of().formatHex(Sha256.of(body.getBytes(
                StandardCharsets.UTF_8))).substring(0, 32) + "\"";
        long modified = lastModified.toEpochMilli() / 1000 * 1000;
        if (request.checkNotModified(etag, modified)) {
            return null;
        }
        return ResponseEntity.ok().contentType(type).cacheControl(cache.cachePublic()).eTag(etag)
                .lastModified(modified).body(body);
    }
}
