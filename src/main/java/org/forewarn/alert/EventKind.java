package org.forewarn.alert;

/**
 * What kind of event an alert warns of, in the terms of the national profiles' event lists: each
 * profile maps it to its own event code (the table is in docs/alerting.md). Required when an
 * alert follows a {@link CapProfile}. A duty-to-warn threat is a threat to kill, injure or kidnap,
 * so three kinds cover it.
 */
public enum EventKind {

    /** A terrorist attack is threatened (SAME CDW, CAP-CP and CAP-AU "terrorism"). */
    TERRORISM,
    /** A civil emergency other than terrorism: unrest, a threat to a public event (SAME CEM, "civilEmerg"). */
    CIVIL_EMERGENCY,
    /** A dangerous person or group at large: a kidnapping or killing threat (SAME LEW, "dangerPerson"). */
    DANGEROUS_PERSON
}
