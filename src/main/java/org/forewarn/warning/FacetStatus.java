package org.forewarn.warning;

public enum FacetStatus {
    SHARED, WITHHELD
}
