package org.forewarn.recipient;

import org.forewarn.shared.ChannelType;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.forewarn.identity.CurrentUser;
import org.forewarn.shared.DomainException;
import org.forewarn.shared.Keyset;
import org.forewarn.shared.KeysetSql;
import org.forewarn.shared.ListCount;
import org.forewarn.shared.Page;
import org.forewarn.shared.PageRequest;
import org.forewarn.shared.SqlCondition;
import org.forewarn.shared.SqlFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The recipient directory's front door. */
@Service
public class Recipients {

    private final RecipientDirectory directory;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final JdbcClient jdbc;

    Recipients(RecipientDirectory directory, CurrentUser currentUser, Clock clock, JdbcClient jdbc) {
        this.directory = directory;
        this.currentUser = currentUser;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    @Transactional
    public RecipientView add(AddRecipient command) {
        if (directory.existsByNameIgnoringCase(command.name().strip())) {
            throw DomainException.conflict("recipient-exists", "A recipient named '" + command.name().strip()
                    + "' is already in the directory.");
        }
        return directory.save(Recipient.add(command, currentUser.name(), clock.instant())).view();
    }

    /** An approver confirms the relationship as it stands; only then does it decide whether warnings need approval. */
    @Transactional
    public RecipientView confirmRelationship(UUID id, ConfirmRelationship confirmation) {
        Recipient recipient = load(id);
        recipient.confirmRelationship(confirmation.relationship(), currentUser.actor(), clock.instant());
        return directory.save(recipient).view();
    }

    @Transactional
    public RecipientView changeRelationship(UUID id, ChangeRelationship change) {
        Recipient recipient = load(id);
        recipient.changeRelationship(change, currentUser.name(), clock.instant());
        return directory.save(recipient).view();
    }

    /**
     * One page of the recipients that pass the filter, most recently added first (ties by id), found
     * through the (created_at desc, id desc) index at any depth; the name search goes through its
     * trigram index (V10).
     */
    public Page<RecipientView> page(RecipientFilter filter, PageRequest request) {
        KeysetSql keyset = KeysetSql.over("created_at", "id", request);
        SqlCondition where = where(filter);
        List<UUID> ids = keyset.ids(jdbc, "recipients", where);
        List<Recipient> found = KeysetSql.inOrder(ids, directory.findAllById(ids), Recipient::id);
        return Page.of(found, request, r -> new Keyset(r.createdAt(), r.id())).map(Recipient::view);
    }

    /** How many recipients pass the filter (for "1-50 of 1,234"), exactly up to a point and then about. */
    public ListCount count(RecipientFilter filter) {
        SqlCondition where = where(filter);
        return ListCount.of(jdbc, "recipients", where);
    }

    private static SqlCondition where(RecipientFilter filter) {
        return SqlFilter.where()
                .and("name ilike :name", "name", SqlFilter.containing(filter.text()))
                .and("relationship = :relationship", "relationship", filter.relationship())
                .and("kind = :kind", "kind", filter.kind())
                .and("country = :country", "country", filter.country()).condition();
    }

    /**
     * Every recipient, by name, as a warning's recipient picker offers them. Deliberately the whole
     * directory (a pick list must offer every recipient), but only what the picker shows.
     */
    public List<RecipientChoice> choices() {
        return jdbc.sql("select id, name, relationship from recipients order by lower(name)")
                .query((rs, n) -> new RecipientChoice(rs.getObject("id", UUID.class), rs.getString("name"),
                        Relationship.valueOf(rs.getString("relationship")))).list();
    }

    public RecipientView view(UUID id) {
        return load(id).view();
    }

    public Optional<RecipientView> find(UUID id) {
        return directory.findById(id).map(Recipient::view);
    }

    public Optional<RecipientView> findByName(String name) {
        return directory.findByNameIgnoringCase(name.strip()).map(Recipient::view);
    }

    /** The shared secret of a recipient's webhook, for signing a delivery; server-side only. */
    public Optional<String> webhookSecret(UUID recipientId) {
        return directory.findById(recipientId).flatMap(r -> r.channel(ChannelType.WEBHOOK)).map(Channel::secret);
    }

    /** The recipients that have a channel of this type, by name (e.g. the partners reachable over TAXII). */
    public List<RecipientView> withChannel(ChannelType type) {
        List<UUID> ids = jdbc.sql("select id from recipients where channels @> cast(:channel as jsonb) order by name, id")
                .param("channel", "[{\"type\": \"" + type.name() + "\"}]").query(UUID.class).list();
        return ids.stream().map(this::view).toList();
    }

    /** {@code username:password} for the recipient's own TAXII server, if its TAXII channel has them. */
    public Optional<String> taxiiCredentials(UUID recipientId) {
        return directory.findById(recipientId).flatMap(r -> r.channel(ChannelType.TAXII)).map(Channel::secret);
    }

    private Recipient load(UUID id) {
        return directory.findById(id).orElseThrow(() -> DomainException.notFound("recipient", id));
    }
}
