package org.forewarn.due;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.forewarn.identity.Actor;
import org.forewarn.identity.CurrentUser;
import org.forewarn.identity.Role;
import org.forewarn.shared.DueItem;
import org.forewarn.shared.DueItemSource;
import org.forewarn.shared.DueKind;
import org.forewarn.shared.Keyset;
import org.forewarn.shared.Page;
import org.forewarn.shared.PageRequest;
import org.forewarn.threat.ThreatSummary;
import org.forewarn.threat.Threats;
import org.springframework.stereotype.Service;

/** Gathers what every module says is waiting, and orders it: whatever has waited longest first. */
@Service
public class DueQueue {

    private final List<DueItemSource> sources;
    private final Threats threats;
    private final CurrentUser currentUser;
    private final Clock clock;

    DueQueue(List<DueItemSource> sources, Threats threats, CurrentUser currentUser, Clock clock) {
        this.sources = sources;
        this.threats = threats;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * @param onlyMine keep only the items the caller's roles can act on
     */
    public List<DueEntry> now(boolean onlyMine) {
        Instant now = clock.instant();
        Actor actor = currentUser.actor();
        Map<UUID, String> titles = new HashMap<>();
        return sources.stream().flatMap(s -> s.dueItems(now).stream())
                .filter(item -> visibleTo(actor, item))
                .filter(item -> !onlyMine || actsOn(actor, item))
                // Items that have waited equally long come in the order of the flow, as DueKind lists them.
                .sorted(Comparator.comparing(DueItem::since).thenComparing(DueItem::kind))
                .map(item -> DueEntry.of(item, now, item.threatId() == null ? null
                        : titles.computeIfAbsent(item.threatId(),
                        id -> threats.find(id).map(ThreatSummary::title).orElse(null))))
                .toList();
    }

    /**
     * An item assigned to one person (a corrective action's point of contact) goes to them alone, whatever
     * their role. Other items of a case go to everyone who reads cases (ADMIN does not); items outside any
     * case, such as an access grant awaiting a second administrator, only to the role that acts on them.
     */
    private static boolean visibleTo(Actor actor, DueItem item) {
        if (item.assignee() != null) {
            return item.assignee().equals(actor.username());
        }
        return item.threatId() != null ? actor.roles().stream().anyMatch(Role::readsCases) : actsOn(actor, item);
    }

    /** Whether it is the caller's to act on: assigned to them, or (unassigned) their role's. */
    private static boolean actsOn(Actor actor, DueItem item) {
        if (item.assignee() != null) {
            return item.assignee().equals(actor.username());
        }
        return actor.roles().contains(Role.valueOf(item.actionRole()));
    }

    /**
     * One page of the queue, oldest first. The queue holds open work, not history, so it is gathered
     * whole and cut here; the cursor is the last item's (since, subject), and an item acted on since the
     * page was shown (gone from the queue) is stepped over by its time.
     */
    public Page<DueEntry> page(boolean onlyMine, PageRequest request) {
        return counted(onlyMine, request).page();
    }

    /** A page of the queue and how many items the whole queue holds, for "1–50 of 73". */
    public record CountedPage(Page<DueEntry> page, int total) {
    }

    public CountedPage counted(boolean onlyMine, PageRequest request) {
        List<DueEntry> all = now(onlyMine);
        int limit = request.limit();
        int from;
        int to;
        if (request.first()) {
            from = 0;
            to = Math.min(all.size(), limit);
        } else if (!request.backward()) {
            from = after(all, request.after());
            to = Math.min(all.size(), from + limit);
        } else {
            to = before(all, request.before());
            from = Math.max(0, to - limit);
        }
        List<DueEntry> items = all.subList(from, to);
        return new CountedPage(new Page<>(items, to < all.size() && !items.isEmpty()
                ? position(items.get(items.size() - 1)).cursor() : null,
                from > 0 && !items.isEmpty() ? position(items.get(0)).cursorBefore() : null), all.size());
    }

    private static Keyset position(DueEntry entry) {
        UUID subject = entry.subjectId() != null ? entry.subjectId()
                : entry.threatId() != null ? entry.threatId() : new UUID(0, entry.kind().ordinal());
        return new Keyset(entry.since(), subject);
    }

    /** The index just after the cursor's item, or after every item older than it if it has gone. */
    private static int after(List<DueEntry> all, Keyset cursor) {
        for (int i = 0; i < all.size(); i++) {
            if (position(all.get(i)).equals(cursor)) {
                return i + 1;
            }
        }
        int i = 0;
        while (i < all.size() && !all.get(i).since().isAfter(cursor.at())) {
            i++;
        }
        return i;
    }

    /** The index of the cursor's item, or of the first item newer than it if it has gone. */
    private static int before(List<DueEntry> all, Keyset cursor) {
        for (int i = 0; i < all.size(); i++) {
            if (position(all.get(i)).equals(cursor)) {
                return i;
            }
        }
        int i = 0;
        while (i < all.size() && all.get(i).since().isBefore(cursor.at())) {
            i++;
        }
        return i;
    }

    /**
     * A due item with how long it has waited, for people and for the API.
     *
     * @param actionRole the role that can act on it, as its kind says
     * @param assignee   the one person it waits for, if it is assigned (then only they see it)
     */
    public record DueEntry(DueKind kind, String summary, UUID threatId, String threatTitle, UUID subjectId,
                           Instant since, Duration waiting, String waitingFor, Instant deadline, boolean overdue,
                           String actionRole, String link, String assignee) {

        static DueEntry of(DueItem item, Instant now, String threatTitle) {
            Duration waiting = Duration.between(item.since(), now);
            return new DueEntry(item.kind(), item.summary(), item.threatId(), threatTitle, item.subjectId(),
                    item.since(), waiting, human(waiting), item.deadline(), item.overdue(), item.actionRole(),
                    item.link(), item.assignee());
        }

        static String human(Duration d) {
            if (d.isNegative()) {
                return "just now";
            }
            long days = d.toDays();
            long hours = d.toHoursPart();
            long minutes = d.toMinutesPart();
            if (days > 0) {
                return days + " d " + hours + " h";
            }
            if (hours > 0) {
                return hours + " h " + minutes + " min";
            }
            return minutes + " min";
        }
    }
}
