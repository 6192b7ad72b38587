package org.forewarn.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.forewarn.shared.DomainEvent;
import org.forewarn.shared.EventType;
import org.forewarn.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.ClassUtils;

/** The audit record names each event by the type it declares, never by its Java class. */
class EventTypeTests extends IntegrationTest {

    /** The types already written to chains in use; the events that record them must keep them. */
    static final List<String> ON_RECORD = List.of("AccessChanged", "AccessGrantConfirmed", "AccessGrantRejected",
            "AccessGrantRequested", "AccessGrantSuperseded", "AlertDrafted", "AlertFannedOut", "AlertPublished",
            "AlertReleased", "AlertReturned", "AlertSubmittedForRelease", "DeliveryAttemptFailed", "DeliveryFailed",
            "DeliverySucceeded", "DeterminationApproved", "DeterminationProposed", "DeterminationRejected",
            "EnrollmentChanged", "EnrollmentRemoved", "EnrollmentsImported", "FanOutCompleted", "IncidentRecorded",
            "LoginLockedOut", "LoginThrottleLifted", "NdsExceptionGranted", "NdsObligationOpened",
            "NdsObligationSatisfied", "PasswordChanged", "PersonEnrolled", "RecipientAdded",
            "RecipientRelationshipChanged", "RecipientRelationshipConfirmed", "SignedIn", "TearlineChecked", "ThreatClosed",
            "ThreatReported", "UserCreated", "UserDisabled", "UserEnabled", "WarningAcknowledged", "WarningApproved",
            "WarningDelivered", "WarningDeliveryFailed", "WarningDrafted", "WarningEscalated", "WarningRejected",
            "WarningResponseRecorded", "WarningSent", "WarningUnanswered");

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyDomainEventDeclaresTheTypeItIsRecordedUnder() {
        List<Class<?>> events = domainEvents();

        assertThat(events).as("domain events found on the classpath").hasSizeGreaterThanOrEqualTo(ON_RECORD.size());
        assertThat(events).allSatisfy(type -> assertThat(type.getAnnotation(EventType.class))
                .as(type.getName() + " declares its @EventType").isNotNull()
                .extracting(EventType::value).asString().isNotBlank());
    }

    @Test
    void noTwoEventsShareAType() {
        Map<String, List<String>> byType = domainEvents().stream().collect(Collectors.groupingBy(
                type -> type.getAnnotation(EventType.class).value(),
                Collectors.mapping(Class::getName, Collectors.toList())));

        assertThat(byType).allSatisfy((type, classes) -> assertThat(classes).as(type).hasSize(1));
    }

    @Test
    void theTypesAlreadyOnRecordStayTheSame() {
        assertThat(domainEvents().stream().map(type -> type.getAnnotation(EventType.class).value()))
                .containsAll(ON_RECORD);
    }

    @Test
    void anEventIsRecordedUnderItsDeclaredTypeNotItsClassName() {
        UUID subject = UUID.randomUUID();

        inTransaction(() -> events.publishEvent(new ProbeWithADeclaredType(subject)));

        assertThat(typesRecordedFor(subject)).containsExactly("ProbeRecorded");
    }

    @Test
    void anEventThatDeclaresNoTypeIsRefusedRatherThanRecordedUnderItsClassName() {
        UUID subject = UUID.randomUUID();

        assertThatThrownBy(() -> inTransaction(() -> events.publishEvent(new ProbeWithoutAType(subject))))
                .hasMessageContaining("declares no @EventType");

        assertThat(typesRecordedFor(subject)).isEmpty();
        assertThat(jdbc.sql("select count(*) from audit_log where event_type = 'ProbeWithoutAType'")
                .query(Long.class).single()).isZero();
    }

    @EventType("ProbeRecorded")
    record ProbeWithADeclaredType(UUID subjectId) implements DomainEvent {
        @Override
        public String subjectType() {
            return "Probe";
        }

        @Override
        public UUID caseId() {
            return null;
        }
    }

    /** Left without a type on purpose; the scan above leaves it out. */
    record ProbeWithoutAType(UUID subjectId) implements DomainEvent {
        @Override
        public String subjectType() {
            return "Probe";
        }

        @Override
        public UUID caseId() {
            return null;
        }
    }

    private static List<Class<?>> domainEvents() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(DomainEvent.class));
        return scanner.findCandidateComponents("org.forewarn").stream()
                .map(bean -> ClassUtils.resolveClassName(bean.getBeanClassName(), null))
                .filter(type -> type != ProbeWithoutAType.class)
                .collect(Collectors.toList());
    }

    private void inTransaction(Runnable work) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> work.run());
    }

    private List<String> typesRecordedFor(UUID subject) {
        return jdbc.sql("select event_type from audit_log where subject_id = :id order by sequence")
                .param("id", subject).query(String.class).list();
    }
}
