package org.forewarn.attribution;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.forewarn.identity.CurrentUser;
import org.forewarn.identity.Role;
import org.forewarn.shared.DomainException;
import org.forewarn.shared.InvalidInput;
import org.forewarn.shared.Keyset;
import org.forewarn.shared.KeysetSql;
import org.forewarn.shared.Page;
import org.forewarn.shared.PageRequest;
import org.forewarn.shared.SqlCondition;
import org.forewarn.shared.SqlFilter;
import org.forewarn.threat.ThreatSummary;
import org.forewarn.threat.Threats;
import org.forewarn.warning.WarningView;
import org.forewarn.warning.Warnings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The claims ledger of each case: who said what about the attack and about our warnings, when, and
 * where we read it. Claims are public-source material, but an analyst cleared for the case records
 * them, and no text may carry the case's protected content.
 */
@Service
public class Claims {

    private final ClaimRecords claims;
    private final Threats threats;
    private final Warnings warnings;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final JdbcClient jdbc;

    Claims(ClaimRecords claims, Threats threats, Warnings warnings, CurrentUser currentUser, Clock clock,
            JdbcClient jdbc) {
        this.claims = claims;
        this.threats = threats;
        this.warnings = warnings;
        this.currentUser = currentUser;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    @Transactional
    public ClaimView record(UUID threatId, RecordClaim command) {
        ThreatSummary threat = threats.summary(threatId);
        if (!currentUser.actor().has(Role.ANALYST)) {
            throw DomainException.forbidden("forbidden", "Only an analyst can record a claim.");
        }
        threats.requireCurrentUserCleared(threatId, "record a claim on this case");
        Instant now = clock.instant();
        Instant madeAt = command.madeAt() != null ? command.madeAt()
                : command.madeOn().atStartOfDay(zoneOf(threat)).toInstant();
        Instant learnedAt = command.learnedAt() != null ? command.learnedAt() : now;
        if (learnedAt.isBefore(madeAt)) {
            throw new InvalidInput(List.of(new InvalidInput.FieldProblem(command.learnedAt() == null ? "madeAt"
                    : "learnedAt", command.learnedAt() == null ? "must not be in the future: a claim is recorded "
                    + "once it has been made" : "must not be before madeAt: we cannot learn of a claim before it "
                    + "is made")));
        }
        requireWarningsOfCase(threatId, command.warningIds());
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("party", command.party());
        texts.put("statement", command.statement());
        texts.put("subject", command.subject());
        texts.put("source.outlet", command.source().outlet());
        texts.put("source.document", command.source().document());
        warnings.refuseProtectedContent(threatId, texts, "The claim",
                "Claims are public-source material: record what the party said in public.");
        return claims.save(Claim.record(threatId, command, madeAt, learnedAt, currentUser.name(), now)).view();
    }

    public ClaimView claim(UUID claimId) {
        return find(claimId).orElseThrow(() -> DomainException.notFound("claim", claimId));
    }

    java.util.Optional<ClaimView> find(UUID claimId) {
        return claims.findById(claimId).map(Claim::view);
    }

    /**
     * One page of the case's claims, the most recently made first (ties by id).
     *
     * @param kind  only claims of this kind, or all
     * @param party only claims by a party whose name contains this, or all
     */
    public Page<ClaimView> page(UUID threatId, ClaimKind kind, String party, PageRequest request) {
        threats.summary(threatId);
        SqlCondition where = SqlFilter.where().and("threat_id = :threatId", "threatId", threatId)
                .and("kind = :kind", "kind", kind)
                .and("party ilike :party", "party", SqlFilter.containing(party)).condition();
        return page(where, request);
    }

    /** One page of the claims about one of our warnings, the most recently made first (ties by id). */
    public Page<ClaimView> aboutWarning(UUID warningId, PageRequest request) {
        warnings.view(warningId);
        return page(SqlCondition.of("id in (select claim_id from attribution_claim_warnings where warning_id = "
                + ":warningId)", "warningId", warningId), request);
    }

    /** All the case's claims, the most recently made first: for the case page. */
    public List<ClaimView> forThreat(UUID threatId) {
        return all(threatId, null);
    }

    /** All the claims about one warning, the most recently made first: for the warning page. */
    public List<ClaimView> forWarning(UUID warningId) {
        return all(null, warningId);
    }

    private List<ClaimView> all(UUID threatId, UUID warningId) {
        List<ClaimView> views = new ArrayList<>();
        PageRequest request = PageRequest.first(PageRequest.MAX_LIMIT);
        while (request != null) {
            Page<ClaimView> page = threatId != null ? page(threatId, null, null, request)
                    : aboutWarning(warningId, request);
            views.addAll(page.items());
            request = page.next() == null ? null : PageRequest.of(PageRequest.MAX_LIMIT, page.next());
        }
        return views;
    }

    private Page<ClaimView> page(SqlCondition where, PageRequest request) {
        KeysetSql keyset = KeysetSql.over("made_at", "id", request);
        List<UUID> ids = keyset.ids(jdbc, "attribution_claims", where);
        List<Claim> ordered = KeysetSql.inOrder(ids, claims.findAllById(ids), Claim::id);
        return Page.of(ordered, request, c -> new Keyset(c.madeAt(), c.id())).map(Claim::view);
    }

    /** 422 naming {@code warningIds} for an id that is no warning of this case. */
    private void requireWarningsOfCase(UUID threatId, List<UUID> warningIds) {
        List<String> wrong = new ArrayList<>();
        for (UUID id : warningIds) {
            UUID caseOfWarning;
            try {
                WarningView warning = warnings.view(id);
                caseOfWarning = warning.threatId();
            } catch (DomainException e) {
                if (e.kind() != DomainException.Kind.NOT_FOUND) {
                    throw e;
                }
                caseOfWarning = null;
            }
            if (!threatId.equals(caseOfWarning)) {
                wrong.add(id + (caseOfWarning == null ? " is no warning" : " is a warning of another case"));
            }
        }
        if (!wrong.isEmpty()) {
            String message = "must be warnings of this case: " + String.join("; ", wrong);
            throw new DomainException(DomainException.Kind.RULE_VIOLATION, "unknown-warning",
                    "warningIds: " + message, Map.of("errors", List.of(Map.of("field", "warningIds",
                    "message", message))));
        }
    }

    private static ZoneId zoneOf(ThreatSummary threat) {
        try {
            return threat.timeZone() == null ? ZoneOffset.UTC : ZoneId.of(threat.timeZone());
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }
}
