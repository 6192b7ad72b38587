package org.forewarn.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Collects what is wrong with a command while its constructor checks it, then throws one
 * {@link InvalidInput} naming every problem.
 */
public final class Violations {

    private final List<InvalidInput.FieldProblem> problems = new ArrayList<>();

    public static Violations check() {
        return new Violations();
    }

    public Violations require(boolean condition, String field, String message) {
        if (!condition) {
            problems.add(new InvalidInput.FieldProblem(field, message));
        }
        return this;
    }

    /** Present, not blank, and made of characters text may hold ({@link TextCharacters}). */
    public Violations notBlank(String value, String field) {
        return require(value != null && !value.isBlank(), field, "is required and must not be blank").text(value, field);
    }

    /** At most {@code max} characters, all of them characters text may hold ({@link TextCharacters}). */
    public Violations maxLength(String value, int max, String field) {
        return require(value == null || value.length() <= max, field, "must be at most " + max + " characters")
                .text(value, field);
    }

    /** Made of characters text may hold: no control characters, no broken surrogates ({@link TextCharacters}). */
    public Violations text(String value, String field) {
        TextCharacters.problem(value).ifPresent(problem -> {
            boolean already = problems.stream().anyMatch(p -> p.field().equals(field) && p.message().equals(problem));
            if (!already) {
                problems.add(new InvalidInput.FieldProblem(field, problem));
            }
        });
        return this;
    }

    /** A time within the span Forewarn records ({@link TimeBounds}); null passes. */
    public Violations time(java.time.Instant value, String field) {
        TimeBounds.problem(value).ifPresent(problem -> problems.add(new InvalidInput.FieldProblem(field, problem)));
        return this;
    }

    public Violations notNull(Object value, String field) {
        return require(value != null, field, "is required");
    }

    public Violations notEmpty(Collection<?> value, String field) {
        return require(value != null && !value.isEmpty(), field, "must contain at least one entry");
    }

    public Violations add(String field, String message) {
        problems.add(new InvalidInput.FieldProblem(field, message));
        return this;
    }

    public Violations addAll(String prefix, InvalidInput nested) {
        for (InvalidInput.FieldProblem p : nested.problems()) {
            problems.add(new InvalidInput.FieldProblem(prefix + "." + p.field(), p.message()));
        }
        return this;
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    /** Throws every problem found, unless a stored value is being read back ({@link StoredValues}). */
    public void orThrow() {
        if (!problems.isEmpty() && !StoredValues.beingRead()) {
            throw new InvalidInput(problems);
        }
    }
}
