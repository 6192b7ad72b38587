package org.forewarn.review;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.forewarn.identity.Actor;
import org.forewarn.identity.CurrentUser;
import org.forewarn.identity.Role;
import org.forewarn.identity.UserAdministration;
import org.forewarn.identity.UserView;
import org.forewarn.shared.DomainException;
import org.forewarn.shared.Keyset;
import org.forewarn.shared.KeysetSql;
import org.forewarn.shared.Page;
import org.forewarn.shared.PageRequest;
import org.forewarn.shared.SqlCondition;
import org.forewarn.shared.SqlFilter;
import org.forewarn.threat.ThreatSummary;
import org.forewarn.threat.Threats;
import org.forewarn.warning.Leak;
import org.forewarn.warning.Warnings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The analysts' findings of an after-action review and the improvement plan that follows from them:
 * strengths and areas for improvement, and for each area for improvement the corrective actions
 * (HSEEP columns), tracked until completed or cancelled.
 * <p>
 * Findings go into a report shown to oversight, so no text may carry the case's protected content,
 * and only an analyst or approver cleared for the case writes them.
 */
@Service
public class Findings {

    private final FindingRecords findings;
    private final CorrectiveActionRecords actions;
    private final Threats threats;
    private final Warnings warnings;
    private final UserAdministration users;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final JdbcClient jdbc;

    Findings(FindingRecords findings, CorrectiveActionRecords actions, Threats threats, Warnings warnings,
            UserAdministration users, CurrentUser currentUser, Clock clock, JdbcClient jdbc) {
        this.findings = findings;
        this.actions = actions;
        this.threats = threats;
        this.warnings = warnings;
        this.users = users;
        this.currentUser = currentUser;
        this.clock = clock;
        this.jdbc = jdbc;
    }

    @Transactional
    public FindingView record(UUID threatId, RecordFinding command) {
        threats.summary(threatId);
        requireWriter("record a finding on this case", threatId);
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("title", command.title());
        texts.put("observation", command.observation());
        texts.put("rootCause", command.rootCause());
        texts.put("recommendation", command.recommendation());
        refuseProtectedContent(threatId, texts, "The finding");
        return findings.save(Finding.record(threatId, command, currentUser.name(), clock.instant()))
                .view(List.of());
    }

    /** Plans a corrective action for an area for improvement of the case. */
    @Transactional
    public CorrectiveActionView planAction(UUID threatId, UUID findingId, PlanCorrectiveAction command) {
        Finding finding = finding(threatId, findingId);
        ThreatSummary threat = threats.summary(threatId);
        requireWriter("plan a corrective action on this case", threatId);
        requirePointOfContact(command.pointOfContact(), threat);
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("description", command.description());
        texts.put("responsibleOrganization", command.responsibleOrganization());
        refuseProtectedContent(threatId, texts, "The corrective action");
        return actions.save(CorrectiveAction.plan(finding, command, currentUser.name(), clock.instant()))
                .view(today(threat));
    }

    /** Its point of contact, or an analyst or approver, records that the action is done. */
    @Transactional
    public CorrectiveActionView completeAction(UUID threatId, UUID actionId, CompleteCorrectiveAction command) {
        CorrectiveAction action = action(threatId, actionId);
        Actor actor = currentUser.actor();
        if (!actor.username().equals(action.pointOfContact()) && !writes(actor)) {
            throw DomainException.forbidden("not-point-of-contact", "Only the action's point of contact ("
                    + action.pointOfContact() + "), an analyst or an approver can record it as completed.");
        }
        threats.requireCurrentUserCleared(threatId, "complete a corrective action on this case");
        refuseProtectedContent(threatId, Map.of("note", command.note()), "The note");
        action.complete(command, actor.username(), clock.instant());
        return actions.save(action).view(today(threats.summary(threatId)));
    }

    /** An analyst or approver decides the action will not be done, and says why. */
    @Transactional
    public CorrectiveActionView cancelAction(UUID threatId, UUID actionId, CancelCorrectiveAction command) {
        CorrectiveAction action = action(threatId, actionId);
        requireWriter("cancel a corrective action on this case", threatId);
        refuseProtectedContent(threatId, Map.of("reason", command.reason()), "The reason");
        action.cancel(command, currentUser.name(), clock.instant());
        return actions.save(action).view(today(threats.summary(threatId)));
    }

    /** The case's findings in the order they were recorded, each with its corrective actions: for the report. */
    public List<FindingView> forThreat(UUID threatId) {
        ThreatSummary threat = threats.summary(threatId);
        return views(findings.findByThreatIdOrderByRecordedAt(threatId), today(threat));
    }

    /** One page of the case's findings, most recently recorded first (ties by id). */
    public Page<FindingView> page(UUID threatId, PageRequest request) {
        ThreatSummary threat = threats.summary(threatId);
        KeysetSql keyset = KeysetSql.over("recorded_at", "id", request);
        List<UUID> ids = keyset.ids(jdbc, "review_findings",
                SqlCondition.of("threat_id = :threatId", "threatId", threatId));
        List<Finding> ordered = KeysetSql.inOrder(ids, findings.findAllById(ids), Finding::id);
        Page<Finding> page = Page.of(ordered, request, f -> new Keyset(f.recordedAt(), f.id()));
        List<FindingView> views = views(page.items(), today(threat));
        return new Page<>(views, page.next(), page.previous());
    }

    public FindingView finding(UUID findingId) {
        Finding finding = findings.findById(findingId).orElseThrow(() -> DomainException.notFound("finding",
                findingId));
        return views(List.of(finding), today(threats.summary(finding.threatId()))).get(0);
    }

    public CorrectiveActionView action(UUID actionId) {
        CorrectiveAction action = actions.findById(actionId).orElseThrow(() -> DomainException.notFound(
                "corrective action", actionId));
        return action.view(today(threats.summary(action.threatId())));
    }

    /**
     * One page of corrective actions, most recently planned first (ties by id).
     *
     * @param owner  only those whose point of contact is this username ({@code me}: the caller), or all
     * @param status only those in this status, or all
     */
    public Page<CorrectiveActionView> actions(String owner, ActionStatus status, PageRequest request) {
        String username = "me".equals(owner) ? currentUser.name() : owner;
        KeysetSql keyset = KeysetSql.over("planned_at", "id", request);
        SqlCondition where = SqlFilter.where().and("point_of_contact = :owner", "owner", username)
                .and("status = :status", "status", status).condition();
        List<UUID> ids = keyset.ids(jdbc, "review_corrective_actions", where);
        List<CorrectiveAction> ordered = KeysetSql.inOrder(ids, actions.findAllById(ids), CorrectiveAction::id);
        Map<UUID, LocalDate> today = new HashMap<>();
        return Page.of(ordered, request, a -> new Keyset(a.plannedAt(), a.id())).map(a -> a.view(
                today.computeIfAbsent(a.threatId(), id -> today(threats.summary(id)))));
    }

    /** The open actions whose completion date is over at {@code now} where their case is read: the due queue's. */
    List<CorrectiveAction> overdue(Instant now) {
        // A day later than today in UTC is still today somewhere east (up to UTC+14): ask for a day more, then
        // let each case's own zone decide.
        LocalDate latest = LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1);
        Map<UUID, LocalDate> today = new HashMap<>();
        return actions.findByStatusAndCompletionDateBeforeOrderByCompletionDate(ActionStatus.OPEN, latest).stream()
                .filter(a -> a.overdueOn(today.computeIfAbsent(a.threatId(), id -> LocalDate.ofInstant(now,
                        zone(id)))))
                .toList();
    }

    /** The case's time zone; UTC when it has none that Java knows. */
    ZoneId zone(UUID threatId) {
        return threats.find(threatId).map(Findings::zoneOf).orElse(ZoneOffset.UTC);
    }

    /** The threat of the finding, 404 if there is no such finding. */
    public UUID caseOfFinding(UUID findingId) {
        return findings.findById(findingId).map(Finding::threatId)
                .orElseThrow(() -> DomainException.notFound("finding", findingId));
    }

    /** The threat of the corrective action, 404 if there is no such action. */
    public UUID caseOfAction(UUID actionId) {
        return actions.findById(actionId).map(CorrectiveAction::threatId)
                .orElseThrow(() -> DomainException.notFound("corrective action", actionId));
    }

    private List<FindingView> views(List<Finding> found, LocalDate today) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<CorrectiveActionView>> byFinding = actions.findByFindingIdInOrderByPlannedAt(
                found.stream().map(Finding::id).toList()).stream().collect(Collectors.groupingBy(
                CorrectiveAction::findingId, Collectors.mapping(a -> a.view(today), Collectors.toList())));
        List<FindingView> views = new ArrayList<>();
        for (Finding f : found) {
            views.add(f.view(byFinding.getOrDefault(f.id(), List.of())));
        }
        return views;
    }

    /** 404 for a finding that does not exist or belongs to another case. */
    private Finding finding(UUID threatId, UUID findingId) {
        return findings.findById(findingId).filter(f -> f.threatId().equals(threatId))
                .orElseThrow(() -> DomainException.notFound("finding", findingId));
    }

    /** 404 for an action that does not exist or belongs to another case. */
    private CorrectiveAction action(UUID threatId, UUID actionId) {
        return actions.findById(actionId).filter(a -> a.threatId().equals(threatId))
                .orElseThrow(() -> DomainException.notFound("corrective action", actionId));
    }

    private static boolean writes(Actor actor) {
        return actor.has(Role.ANALYST) || actor.has(Role.APPROVER);
    }

    /** An analyst or approver (the console and the API check the role too), cleared for the case. */
    private void requireWriter(String toDo, UUID threatId) {
        if (!writes(currentUser.actor())) {
            throw DomainException.forbidden("forbidden", "Only an analyst or an approver can " + toDo + ".");
        }
        threats.requireCurrentUserCleared(threatId, toDo);
    }

    /**
     * The owner must be someone who can see the action and act on it: an enabled account that reads
     * cases and is cleared for this one.
     */
    private void requirePointOfContact(String username, ThreatSummary threat) {
        UserView user = users.byUsername(username).orElseThrow(() -> Texts.ruleOnField("unknown-point-of-contact",
                "pointOfContact", "'" + username + "' is not a Forewarn user: give the username of the person who "
                        + "owns the action"));
        String problem = !user.enabled() ? "'" + username + "' is disabled: give an active user"
                : user.roles().stream().noneMatch(Role::readsCases) ? "'" + username + "' does not work on cases "
                + "(roles " + user.roles().stream().map(Role::name).sorted().toList() + ") and could not see the action"
                : !new Actor(user.id(), user.username(), user.roles(), user.clearance(), user.compartments())
                        .isClearedFor(threat.classification(), threat.compartments())
                ? "'" + username + "' is not cleared for this case and could not act on it: give a cleared user"
                : null;
        if (problem != null) {
            throw Texts.ruleOnField("invalid-point-of-contact", "pointOfContact", problem);
        }
    }

    /**
     * Refuses (422, naming each field) texts that reveal the case's protected content: they end up in
     * a report shown to oversight. The writer is cleared for the case, so the answer may say what was found.
     */
    private void refuseProtectedContent(UUID threatId, Map<String, String> texts, String what) {
        List<Map<String, String>> errors = new ArrayList<>();
        texts.forEach((field, text) -> {
            if (text != null) {
                List<Leak> leaks = warnings.protectedContentIn(threatId, text);
                if (!leaks.isEmpty()) {
                    errors.add(Map.of("field", field, "message", "reveals " + String.join(", ",
                            leaks.stream().map(Findings::describe).distinct().toList())));
                }
            }
        });
        if (!errors.isEmpty()) {
            throw new DomainException(DomainException.Kind.RULE_VIOLATION, "protected-content", what
                    + " reveals protected content of the case: " + String.join("; ", errors.stream()
                    .map(e -> e.get("field") + " " + e.get("message")).toList())
                    + ". Findings go into a report shown to oversight: reword it in general terms.",
                    Map.of("errors", errors));
        }
    }

    private static String describe(Leak leak) {
        return switch (leak.kind()) {
            case PROTECTED_TERM -> "the protected term '" + leak.term() + "'";
            case COLLECTION_METHOD -> "the collection method";
            case SOURCE_DESCRIPTION -> "part of the source description";
        } + " (as \"" + leak.found() + "\")";
    }

    private LocalDate today(ThreatSummary threat) {
        return LocalDate.ofInstant(clock.instant(), zoneOf(threat));
    }

    private static ZoneId zoneOf(ThreatSummary threat) {
        try {
            return threat.timeZone() == null ? ZoneOffset.UTC : ZoneId.of(threat.timeZone());
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }
}
