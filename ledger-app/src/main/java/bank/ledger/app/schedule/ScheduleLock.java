package bank.ledger.app.schedule;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Run-once across nodes: one schedule is run by one node at a time, under a PostgreSQL session-level
 * advisory lock keyed by (a constant for schedules, the schedule id's hash), held on a connection of its
 * own for the run and released after (or by PostgreSQL when the node dies with its connection). A
 * hash collision only makes two schedules wait for each other. The lock saves work; correctness does not
 * depend on it: the aggregate records each occurrence once and each run's entry id is derived from
 * (schedule, period), so two runners that raced would post one entry and record one run.
 * No transaction stays open: the connection is in auto-commit while the run sends its commands.
 */
final class ScheduleLock {
    /** The first key of the two-key advisory lock: schedules' own namespace. */
    static final int LOCK_NAMESPACE = 0x5C_4ED;
    private final DataSource dataSource;

    ScheduleLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Runs {@code work} under the schedule's lock; empty when another runner holds it. */
    <T> Optional<T> tryWith(String scheduleId, Supplier<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.getAutoCommit()) {
                connection.setAutoCommit(true);
            }
            if (!call(connection, "select pg_try_advisory_lock(?, ?)", scheduleId)) {
                return Optional.empty();
            }
            try {
                return Optional.ofNullable(work.get());
            } finally {
                call(connection, "select pg_advisory_unlock(?, ?)", scheduleId);
            }
        } catch (SQLException failure) {
            throw new DataAccessResourceFailureException("schedule lock: " + failure.getMessage(), failure);
        }
    }

    private static boolean call(Connection connection, String sql, String scheduleId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, LOCK_NAMESPACE);
            statement.setInt(2, scheduleId.hashCode());
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }
}
