package org.forewarn.taxii;

/** What a recipient's collection is for, and so what its partner may do with it. */
public enum CollectionKind {
    /** The warnings addressed to the recipient: Forewarn writes, the partner reads. */
    WARNINGS_TO_PARTNER(true, false),
    /** Reporting the partner sends us: the partner writes, and may read back what it wrote. */
    REPORTING_FROM_PARTNER(true, true);

    private final boolean partnerCanRead;
    private final boolean partnerCanWrite;

    CollectionKind(boolean partnerCanRead, boolean partnerCanWrite) {
        this.partnerCanRead = partnerCanRead;
        this.partnerCanWrite = partnerCanWrite;
    }

    public boolean partnerCanRead() {
        return partnerCanRead;
    }

    public boolean partnerCanWrite() {
        return partnerCanWrite;
    }
}
