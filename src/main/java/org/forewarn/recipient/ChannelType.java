package org.forewarn.recipient;

public enum ChannelType {
    /** An e-mail through the configured SMTP relay. */
    EMAIL,
    /** A signed JSON POST to the recipient's HTTPS endpoint. */
    WEBHOOK,
    /** Handed over in person or through a liaison link; a liaison officer records it. */
    LIAISON
}
