package org.forewarn.warning;

/**
 * What a warning can tell its recipient, and how much each counts towards specificity: knowing
 * the target and the place matters most to someone who must protect people.
 */
public enum Facet {
    ACTOR("actor", 15, "who intends the attack"),
    TARGET("target", 30, "who or what is targeted"),
    PLACE("place", 25, "where"),
    TIME("time", 20, "when"),
    METHOD("method", 10, "how");

    private final String field;
    private final int weight;
    private final String meaning;

    Facet(String field, int weight, String meaning) {
        this.field = field;
        this.weight = weight;
        this.meaning = meaning;
    }

    public String field() {
        return field;
    }

    public int weight() {
        return weight;
    }

    public String meaning() {
        return meaning;
    }
}
