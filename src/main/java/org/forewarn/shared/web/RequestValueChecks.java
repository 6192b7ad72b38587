package org.forewarn.shared.web;

import java.time.Instant;
import java.util.Optional;

import org.forewarn.shared.TextCharacters;
import org.forewarn.shared.TimeBounds;
import org.springframework.stereotype.Component;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.ext.javatime.deser.InstantDeserializer;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Checks every value of every request body as it is read, including fields no command looks at
 * (passwords, map values, list items): strings may hold only characters text may hold
 * ({@link TextCharacters}), times must lie within {@link TimeBounds}. The problem names the field:
 * {@code ProblemHandler} turns {@link UnacceptableValue} into a 400 with its JSON path.
 */
@Component
class RequestValueChecks extends SimpleModule {

    RequestValueChecks() {
        super("forewarn-request-value-checks");
        addDeserializer(String.class, new CheckedStrings());
        addDeserializer(Instant.class, new CheckedInstants());
    }

    /** A value a request may not carry. */
    static final class UnacceptableValue extends MismatchedInputException {
        UnacceptableValue(JsonParser parser, String problem, Class<?> type) {
            super(parser, problem, type);
        }
    }

    private static final class CheckedStrings extends StringDeserializer {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String value = super.deserialize(parser, context);
            return refuse(parser, value, TextCharacters.problem(value), String.class);
        }
    }

    private static final class CheckedInstants extends StdDeserializer<Instant> {
        CheckedInstants() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) {
            Instant value = InstantDeserializer.INSTANT.deserialize(parser, context);
            return refuse(parser, value, TimeBounds.problem(value), Instant.class);
        }
    }

    private static <T> T refuse(JsonParser parser, T value, Optional<String> problem, Class<?> type) {
        if (problem.isPresent()) {
            throw new UnacceptableValue(parser, problem.get(), type);
        }
        return value;
    }
}
