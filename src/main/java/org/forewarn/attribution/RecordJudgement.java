package org.forewarn.attribution;

import java.time.Instant;
import java.util.UUID;

import org.forewarn.shared.Violations;

/**
 * The case's attribution judgement, in ICD 203's words.
 *
 * @param basedOnMatrixAt the version of the matrix it rests on (the matrix as it stood then); absent, now
 * @param hypothesisId    the hypothesis whose likelihood it states; absent, the one leading the matrix
 */
public record RecordJudgement(String statement, Likelihood likelihood, Instant basedOnMatrixAt, UUID hypothesisId) {

    public static final int MAX_LENGTH = 4_000;

    public RecordJudgement {
        statement = statement == null ? null : statement.strip();
        Violations.check().notBlank(statement, "statement").maxLength(statement, MAX_LENGTH, "statement")
                .notNull(likelihood, "likelihood").orThrow();
    }

    public RecordJudgement(String statement, Likelihood likelihood, Instant basedOnMatrixAt) {
        this(statement, likelihood, basedOnMatrixAt, null);
    }
}
