package org.forewarn.identity;

import java.util.UUID;

/**
 * Whether a recipient a partner account is to speak for is in the directory. Declared here and
 * implemented by the recipient module, which already depends on identity (so no cycle).
 */
public interface PartnerRecipients {

    boolean exists(UUID recipientId);
}
