package org.forewarn.identity;

/** What failed sign-ins are counted against. */
public enum ThrottleKind {
    /** One username, whether or not such an account exists (so the answers never tell). */
    ACCOUNT,
    /** One client address (an IPv6 client: its /64 network). */
    ADDRESS
}
