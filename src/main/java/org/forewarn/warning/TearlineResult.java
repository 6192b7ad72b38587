package org.forewarn.warning;

import java.util.List;

/** @param clean true when the text reveals nothing protected */
public record TearlineResult(boolean clean, List<Leak> leaks) {
}
