package org.forewarn.recipient;

import java.util.UUID;

import org.forewarn.identity.PartnerRecipients;
import org.springframework.stereotype.Component;

/** Tells identity whether a partner account's recipient is in the directory. */
@Component
class PartnerRecipientLookup implements PartnerRecipients {

    private final RecipientDirectory directory;

    PartnerRecipientLookup(RecipientDirectory directory) {
        this.directory = directory;
    }

    @Override
    public boolean exists(UUID recipientId) {
        return directory.existsById(recipientId);
    }
}
