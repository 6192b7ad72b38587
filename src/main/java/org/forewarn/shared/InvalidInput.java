package org.forewarn.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Malformed or incomplete input, with every problem found, per field, so the caller can fix all
 * of them at once.
 */
public class InvalidInput extends DomainException {

    private final List<FieldProblem> problems;

    public record FieldProblem(String field, String message) {
    }

    public InvalidInput(List<FieldProblem> problems) {
        super(Kind.INVALID_INPUT, "invalid-input", summarise(problems), Map.of("errors", asMaps(problems)));
        this.problems = List.copyOf(problems);
    }

    public static InvalidInput of(String field, String message) {
        return new InvalidInput(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    private static String summarise(List<FieldProblem> problems) {
        StringBuilder text = new StringBuilder();
        for (FieldProblem p : problems) {
            if (!text.isEmpty()) {
                text.append("; ");
            }
            text.append(p.field()).append(": ").append(p.message());
        }
        return text.toString();
    }

    private static List<Map<String, String>> asMaps(List<FieldProblem> problems) {
        return problems.stream().map(p -> {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("field", p.field());
            m.put("message", p.message());
            return m;
        }).toList();
    }
}
