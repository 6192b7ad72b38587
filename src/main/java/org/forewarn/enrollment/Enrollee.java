package org.forewarn.enrollment;

import org.forewarn.shared.ChannelType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** An enrolled person. Their details are shown to CONSULAR users only and never enter the audit log. */
@Table("enrollees")
class Enrollee extends AbstractAggregateRoot<Enrollee> {

    @Id
    private UUID id;
    @Version
    private Long version;
    private String externalId;
    private String name;
    private String language;
    private String email;
    private String phone;
    private String webhookUrl;
    private Instant createdAt;
    private Instant updatedAt;
    @MappedCollection(idColumn = "enrollee_id", keyColumn = "position")
    private List<Place> locations = new ArrayList<>();

    /**
     * A location as stored: deliberately without {@link EnrolledLocation}'s checks, so reading never
     * fails on a row written under other rules. Everything written comes through {@link Enroll}.
     */
    @Table("enrollee_locations")
    record Place(String label, double lat, double lon, Instant validFrom, Instant validTo) {

        static Place of(EnrolledLocation l) {
            return new Place(l.label(), l.lat(), l.lon(), l.validFrom(), l.validTo());
        }

        EnrollmentView.EnrolleeLocation view() {
            return new EnrollmentView.EnrolleeLocation(label, lat, lon, validFrom, validTo);
        }
    }

    Enrollee() {
    }

    static Enrollee enroll(Enroll e, Instant now) {
        Enrollee person = new Enrollee();
        person.id = UUID.randomUUID();
        person.createdAt = now;
        person.apply(e, now);
        person.registerEvent(new PersonEnrolled(person.id, person.locations.size()));
        return person;
    }

    void replace(Enroll e, Instant now) {
        apply(e, now);
        registerEvent(new EnrollmentChanged(id, locations.size()));
    }

    void markRemoved() {
        registerEvent(new EnrollmentRemoved(id));
    }

    private void apply(Enroll e, Instant now) {
        externalId = e.externalId();
        name = e.name();
        language = e.language();
        email = e.address(ChannelType.EMAIL);
        phone = e.address(ChannelType.SMS);
        webhookUrl = e.address(ChannelType.WEBHOOK);
        locations = new ArrayList<>(e.locations().stream().map(Place::of).toList());
        updatedAt = now;
    }

    EnrollmentView view() {
        List<EnrollmentView.EnrolleeChannel> channels = new ArrayList<>();
        if (email != null) {
            channels.add(new EnrollmentView.EnrolleeChannel(ChannelType.EMAIL, email));
        }
        if (phone != null) {
            channels.add(new EnrollmentView.EnrolleeChannel(ChannelType.SMS, phone));
        }
        if (webhookUrl != null) {
            channels.add(new EnrollmentView.EnrolleeChannel(ChannelType.WEBHOOK, webhookUrl));
        }
        return new EnrollmentView(id, externalId, name, language, channels,
                locations.stream().map(Place::view).toList(), createdAt, updatedAt);
    }

    UUID id() {
        return id;
    }
}
