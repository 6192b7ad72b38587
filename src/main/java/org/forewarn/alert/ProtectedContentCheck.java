package org.forewarn.alert;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.forewarn.shared.DomainException;
import org.forewarn.warning.Leak;
import org.forewarn.warning.Warnings;
import org.springframework.stereotype.Component;

/**
 * A public alert linked to a threat must not reveal the threat's protected content, in any field
 * that leaves the building ({@link PublicAlert#publicTexts()} lists them). Who may see what this
 * check finds is decided by {@link ReleasePolicy}: never a writer who is not cleared for the threat.
 */
@Component
class ProtectedContentCheck {

    private final Warnings warnings;

    ProtectedContentCheck(Warnings warnings) {
        this.warnings = warnings;
    }

    /** Every public field of the message with what it reveals (often nothing). */
    List<ReleaseFinding> fields(PublicAlert message) {
        return message.publicTexts().stream().map(t -> message.threatId() == null
                ? new ReleaseFinding(t.field(), t.text(), List.of()) : find(message.threatId(), t)).toList();
    }

    /** What the message reveals, field by field; empty when it is not linked to a threat. */
    List<ReleaseFinding> findings(PublicAlert message) {
        if (message.threatId() == null) {
            return List.of();
        }
        return fields(message).stream().filter(f -> !f.leaks().isEmpty()).toList();
    }

    /** Refuses (422, naming fields and leaks) a message that reveals anything. Only for the cleared. */
    void requireNothingIn(PublicAlert message) {
        refuseIfAny(findings(message), "The alert");
    }

    /** Refuses (422) a note that reveals anything: it goes to someone who is not cleared. */
    void requireNothingInNote(UUID threatId, String note) {
        if (threatId != null && note != null) {
            refuseIfAny(List.of(find(threatId, new PublicText("note", note))).stream()
                    .filter(f -> !f.leaks().isEmpty()).toList(), "The note");
        }
    }

    private ReleaseFinding find(UUID threatId, PublicText text) {
        List<Leak> leaks = text.text() == null ? List.of() : warnings.protectedContentIn(threatId, text.text());
        return new ReleaseFinding(text.field(), text.text(), leaks);
    }

    private static void refuseIfAny(List<ReleaseFinding> findings, String what) {
        if (!findings.isEmpty()) {
            throw new DomainException(DomainException.Kind.RULE_VIOLATION, "protected-content", what
                    + " reveals protected content of the linked threat: "
                    + String.join("; ", findings.stream().map(ReleaseFinding::describe).toList())
                    + ". Reword it in general terms.", Map.of("findings", findings));
        }
    }
}
