package org.forewarn.alert;

/** A CAP {@code valueName}/{@code value} pair, as in {@code <eventCode>} and {@code <geocode>}. */
record CapValue(String valueName, String value) {
}
