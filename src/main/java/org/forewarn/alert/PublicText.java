package org.forewarn.alert;

/**
 * One piece of text that leaves the building with a message (in CAP, Atom, the page or the
 * fan-out), named as the writer knows the field: {@code headline}, {@code languages[0].description}.
 */
record PublicText(String field, String text) {
}
