package org.forewarn.identity;

/**
 * Classification levels, in order. Used both for a user's clearance and for the classification of
 * a threat: a user sees protected details when their clearance reaches the classification.
 */
public enum Clearance {
    UNCLASSIFIED, CONFIDENTIAL, SECRET, TOP_SECRET;

    public boolean reaches(Clearance classification) {
        return compareTo(classification) >= 0;
    }
}
