package com.fooddelivery.customer.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.SplittableRandom;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/**
 * The signed-in reads bind the request's time as text written once ({@link JooqSignedInReads#sessionTime}); PostgreSQL
 * must read it as the same {@code timestamp with time zone} as the text jOOQ's binding of the instant wrote before,
 * nanoseconds (which PostgreSQL rounds to microseconds) included, or a session would begin or end a microsecond early.
 */
class SessionTimeTest {

    private static final DSLContext JOOQ = DSL.using(SQLDialect.POSTGRES);

    @Test
    void postgresqlReadsTheTextAsTheInstantJooqBoundBefore() throws SQLException {
        SplittableRandom random = new SplittableRandom(21);
        DatabaseSettings database = TestPostgres.emptyDatabase();
        try (Connection connection =
                        DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
                PreparedStatement same = connection.prepareStatement("select cast(? as timestamp with time zone)"
                        + " = cast(? as timestamp with time zone), cast(? as timestamp with time zone)::text")) {
            for (int i = 0; i < 2_000; i++) {
                Instant now = Instant.ofEpochSecond(
                        random.nextLong(0, 4_102_444_800L), i % 4 == 0 ? 0 : random.nextLong(0, 1_000_000_000L));
                same.setString(1, JooqSignedInReads.sessionTime(now));
                same.setString(2, jooqsText(now));
                same.setString(3, JooqSignedInReads.sessionTime(now));
                try (ResultSet row = same.executeQuery()) {
                    row.next();
                    assertThat(row.getBoolean(1))
                            .as("%s read as %s", now, row.getString(2))
                            .isTrue();
                }
            }
        }
    }

    /** What jOOQ's binding of the instant as an {@code OffsetDateTime} sent, the text between the literal's quotes. */
    private static String jooqsText(Instant now) {
        String literal = JOOQ.renderInlined(DSL.val(JooqSessionRepository.utc(now)));
        return literal.substring(literal.indexOf('\'') + 1, literal.lastIndexOf('\''));
    }
}
