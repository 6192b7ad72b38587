package org.forewarn.recipient;

import org.forewarn.shared.ChannelType;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.forewarn.identity.CurrentUser;
import org.forewarn.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The recipient directory's front door. */
@Service
public class Recipients {

    private final RecipientDirectory directory;
    private final CurrentUser currentUser;
    private final Clock clock;

    Recipients(RecipientDirectory directory, CurrentUser currentUser, Clock clock) {
        this.directory = directory;
        this.currentUser = currentUser;
        this.clock = clock;
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

    public List<RecipientView> all() {
        return directory.findAllByName().stream().map(Recipient::view).toList();
    }

    public RecipientView view(UUID id) {
        return load(id).view();
    }

    public Optional<RecipientView> find(UUID id) {
        return directory.findById(id).map(Recipient::view);
    }

    public Optional<RecipientView> findByName(String name) {
        return directory.findAllByName().stream().filter(r -> r.view().name().equalsIgnoreCase(name.strip()))
                .map(Recipient::view).findFirst();
    }

    /** The shared secret of a recipient's webhook, for signing a delivery; server-side only. */
    public Optional<String> webhookSecret(UUID recipientId) {
        return directory.findById(recipientId).flatMap(r -> r.channel(ChannelType.WEBHOOK)).map(Channel::secret);
    }

    private Recipient load(UUID id) {
        return directory.findById(id).orElseThrow(() -> DomainException.notFound("recipient", id));
    }
}
