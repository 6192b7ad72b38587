package org.forewarn.shared.web;

import org.forewarn.shared.TextCharacters;
import org.springframework.stereotype.Component;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Refuses, while the request body is read, any JSON string holding a character text may not
 * hold ({@link TextCharacters}): every field of every request, including ones no command checks
 * (passwords, map values, list items). The problem names the field: {@code ProblemHandler} turns
 * {@link UnacceptableText} into a 400 with its JSON path.
 */
@Component
class TextCharactersModule extends SimpleModule {

    TextCharactersModule() {
        super("forewarn-text-characters");
        addDeserializer(String.class, new CheckedStringDeserializer());
    }

    /** A string field held a character text may not hold. */
    static final class UnacceptableText extends MismatchedInputException {
        UnacceptableText(JsonParser parser, String problem) {
            super(parser, problem, String.class);
        }
    }

    private static final class CheckedStringDeserializer extends StringDeserializer {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String value = super.deserialize(parser, context);
            var problem = TextCharacters.problem(value);
            if (problem.isPresent()) {
                throw new UnacceptableText(parser, problem.get());
            }
            return value;
        }
    }
}
