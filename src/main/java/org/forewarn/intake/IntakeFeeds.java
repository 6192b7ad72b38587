package org.forewarn.intake;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.forewarn.identity.CurrentUser;
import org.forewarn.shared.DomainException;
import org.forewarn.shared.database.ClusterJobs;
import org.forewarn.shared.taxii.TaxiiClient;
import org.forewarn.shared.taxii.TaxiiCollection;
import org.forewarn.shared.taxii.TaxiiException;
import org.forewarn.shared.taxii.TaxiiPage;
import org.forewarn.threat.SourceReliability;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * The partners' TAXII collections Forewarn reads reporting from. Each poll reads on from where the
 * last one stopped ({@code added_after} = the last page's {@code X-TAXII-Date-Added-Last}) and queues
 * every STIX report not seen before (the same id and version arrives once). A failed poll changes
 * nothing but the feed's {@code lastError}: the next one reads on from the same place.
 */
@Service
@EnableConfigurationProperties(IntakeProperties.class)
public class IntakeFeeds {

    private static final Logger log = LoggerFactory.getLogger(IntakeFeeds.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final TaxiiClient taxii;
    private final IntakeProperties properties;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final ReportingQueue queue;
    private final Clock clock;
    private final ClusterJobs cluster;

    IntakeFeeds(JdbcClient jdbc, IntakeProperties properties, CurrentUser currentUser,
            ApplicationEventPublisher events, TransactionTemplate transactions, ReportingQueue queue, Clock clock,
            ClusterJobs cluster) {
        this.jdbc = jdbc;
        this.taxii = new TaxiiClient(properties.timeout());
        this.properties = properties;
        this.currentUser = currentUser;
        this.events = events;
        this.transactions = transactions;
        this.queue = queue;
        this.clock = clock;
        this.cluster = cluster;
    }

    public FeedView add(AddFeed command) {
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        String url = new TaxiiCollection(java.net.URI.create(command.collectionUrl()), null, null).url().toString();
        try {
            transactions.executeWithoutResult(tx -> {
                jdbc.sql("insert into intake_feeds (id, name, collection_url, username, password, source_reliability, "
                                + "recipient_id, added_by, added_at) values (:id, :name, :url, :username, :password, "
                                + ":reliability, :recipientId, :by, :at)")
                        .param("id", id).param("name", command.name()).param("url", url)
                        .param("username", command.username()).param("password", command.password())
                        .param("reliability", command.sourceReliability().name())
                        .param("recipientId", command.recipientId()).param("by", currentUser.name())
                        .param("at", Timestamp.from(now)).update();
                events.publishEvent(new IntakeFeedAdded(id, command.name(), url, command.sourceReliability().name(),
                        currentUser.name()));
            });
        } catch (DuplicateKeyException e) {
            throw DomainException.conflict("feed-exists", "A feed already reads " + url + ".");
        }
        return feed(id);
    }

    public FeedView feed(UUID id) {
        return jdbc.sql("select * from intake_feeds where id = :id").param("id", id).query(IntakeFeeds::view)
                .optional().orElseThrow(() -> DomainException.notFound("intake feed", id));
    }

    public List<FeedView> feeds() {
        return jdbc.sql("select * from intake_feeds order by added_at, id").query(IntakeFeeds::view).list();
    }

    /**
     * Every feed, one after another, on the schedule; on one node of the cluster per tick, so a
     * partner's server is read once and a report is not queued twice by two nodes at once.
     */
    @Scheduled(fixedDelayString = "${forewarn.intake.poll-every:5m}", initialDelayString = "${forewarn.intake.poll-every:5m}")
    void pollAll() {
        cluster.runOnce("intake-poll", properties.pollEvery(), this::pollEachFeed);
    }

    private void pollEachFeed() {
        for (FeedView feed : feeds()) {
            PollResult result = poll(feed.id());
            if (result.error() != null) {
                log.warn("Polling intake feed {} ({}) failed: {}", feed.name(), feed.collectionUrl(), result.error());
            }
        }
    }

    /** Reads the feed on now; answers what was found. */
    public PollResult poll(UUID feedId) {
        Feed feed = jdbc.sql("select * from intake_feeds where id = :id").param("id", feedId)
                .query((rs, n) -> new Feed(rs.getObject("id", UUID.class), rs.getString("name"),
                        new TaxiiCollection(java.net.URI.create(rs.getString("collection_url")),
                                rs.getString("username"), rs.getString("password")),
                        SourceReliability.valueOf(rs.getString("source_reliability")),
                        rs.getTimestamp("added_after") == null ? null : rs.getTimestamp("added_after").toInstant()))
                .optional().orElseThrow(() -> DomainException.notFound("intake feed", feedId));
        int reports = 0;
        int objects = 0;
        Instant readUpTo = feed.addedAfter();
        String error = null;
        try {
            String next = null;
            int pages = 0;
            do {
                TaxiiPage page = taxii.objects(feed.collection(), feed.addedAfter(), next, properties.pageSize(),
                        Map.of());
                objects += page.objects().size();
                reports += queueReports(feed, page.objects());
                if (page.dateAddedLast() != null && (readUpTo == null || page.dateAddedLast().isAfter(readUpTo))) {
                    readUpTo = page.dateAddedLast();
                }
                next = page.more() ? page.next() : null;
                pages++;
            } while (next != null && pages < properties.maxPages());
        } catch (TaxiiException e) {
            error = e.getMessage();
        }
        Instant upTo = readUpTo;
        String problem = error;
        jdbc.sql("update intake_feeds set last_polled_at = :now, last_error = :error"
                        + (problem == null ? ", added_after = :upTo" : "") + " where id = :id")
                .param("now", Timestamp.from(clock.instant())).param("error", problem).param("id", feed.id())
                .params(problem == null ? Map.of("upTo", upTo == null ? (Object) null : Timestamp.from(upTo)) : Map.of())
                .update();
        return new PollResult(reports, objects, error);
    }

    /** Queues the page's reports not seen before, each with the page's objects it refers to. */
    private int queueReports(Feed feed, List<JsonNode> page) {
        int queued = 0;
        for (JsonNode report : page) {
            if (!"report".equals(report.path("type").asString(""))) {
                continue;
            }
            Set<String> refs = new HashSet<>();
            report.path("object_refs").forEach(r -> refs.add(r.asString()));
            ArrayNode related = JSON.createArrayNode();
            page.stream().filter(o -> refs.contains(o.path("id").asString(""))).forEach(related::add);
            boolean added = queue.add(new ReportingQueue.Origin(feed.id(), null, feed.name(), feed.reliability()),
                    report, related);
            if (added) {
                queued++;
            }
        }
        return queued;
    }

    private record Feed(UUID id, String name, TaxiiCollection collection, SourceReliability reliability,
                        Instant addedAfter) {
    }

    private static FeedView view(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new FeedView(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("collection_url"),
                rs.getString("username"), rs.getString("password") != null,
                SourceReliability.valueOf(rs.getString("source_reliability")), rs.getObject("recipient_id", UUID.class),
                instant(rs, "added_after"), instant(rs, "last_polled_at"), rs.getString("last_error"),
                rs.getString("added_by"), rs.getTimestamp("added_at").toInstant());
    }

    private static Instant instant(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
