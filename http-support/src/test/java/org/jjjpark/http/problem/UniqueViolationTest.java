package org.jjjpark.http.problem;

import jakarta.persistence.PersistenceException;
import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.assertj.core.api.Assertions.assertThat;

class UniqueViolationTest {

    private static final SQLException DUPLICATE_KEY =
            new SQLException("duplicate key value violates unique constraint", "23505");

    @Test
    void hibernatesOwnConstraintViolationIsRecognisedNotOnlyAsACause() {
        // What a failed flush throws: the Hibernate exception itself, the driver's below it.
        assertThat(UniqueViolation.in(new ConstraintViolationException("could not execute statement", DUPLICATE_KEY,
                "partner_identifier_unique"))).isTrue();
        assertThat(UniqueViolation.in(new PersistenceException(new ConstraintViolationException("x", DUPLICATE_KEY,
                "partner_identifier_unique")))).isTrue();
    }

    @Test
    void otherConstraintsAndFailuresAreNot() {
        SQLException notNull = new SQLException("null value in column violates not-null constraint", "23502");
        assertThat(UniqueViolation.in(new ConstraintViolationException("x", notNull, "name"))).isFalse();
        assertThat(UniqueViolation.in(new PersistenceException("connection lost"))).isFalse();
    }
}
