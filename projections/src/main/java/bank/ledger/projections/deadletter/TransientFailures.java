package bank.ledger.projections.deadletter;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;

/**
 * Whether a projection's failure is the infrastructure's, gone by itself soon (a Redis or PostgreSQL
 * connection lost or timed out, a deadlock, a server restarting), rather than the event's. Such a failure
 * must not dead-letter the event: the letter would wait for a person although a retry a moment later
 * succeeds. The batch fails instead and the processor retries it with its back-off.
 */
final class TransientFailures {
    /** PostgreSQL SQL states that a retry outlives: serialization, deadlock, too many connections, shutdown. */
    private static final Set<String> TRANSIENT_STATES = Set.of("40001", "40P01", "53300", "57P01", "57P02", "57P03");
    /** Lettuce's, by name: the projections do not compile against the Redis driver. */
    private static final Set<String> TRANSIENT_DRIVER_TYPES = Set.of(
            "io.lettuce.core.RedisConnectionException", "io.lettuce.core.RedisCommandTimeoutException");
    private static final int CAUSES_MAX = 20;

    private TransientFailures() {
    }

    static boolean isTransient(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < CAUSES_MAX; depth++, cause = cause.getCause()) {
            if (cause instanceof TransientDataAccessException || cause instanceof RecoverableDataAccessException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof SQLTransientException || cause instanceof SQLRecoverableException
                    || TRANSIENT_DRIVER_TYPES.contains(cause.getClass().getName())) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || TRANSIENT_STATES.contains(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }
}
