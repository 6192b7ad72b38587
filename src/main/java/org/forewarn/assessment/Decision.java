package org.forewarn.assessment;

public enum Decision {
    APPROVE, REJECT
}
