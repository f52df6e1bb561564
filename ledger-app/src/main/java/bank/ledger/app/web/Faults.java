package bank.ledger.app.web;

import io.lettuce.core.RedisCommandTimeoutException;
import io.lettuce.core.RedisConnectionException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.amqp.AmqpConnectException;
import org.springframework.amqp.AmqpIOException;
import org.springframework.amqp.AmqpTimeoutException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.data.redis.RedisConnectionFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a fault (a dependency that did not answer: the database, Redis, the broker) from a bug. A fault
 * answers {@code 503} with Retry-After and a stable code: the request did nothing (every command is one
 * transaction, rolled back when its connection dies) or, if its commit did land, the retry by the same id
 * answers the first result. The whole cause chain is searched, since Axon wraps the JDBC failure in an
 * {@code EventStoreException} (whose message says "already inserted" whatever the cause, see
 * docs/architecture.md) and Spring in its own exceptions.
 */
public final class Faults {
    /** Long enough for a pool to reconnect or a failover to finish, short enough not to stall a client. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(5);
    /** HikariCP's closed-connection proxy's message (ProxyConnection.ClosedConnection), the same in 5.x to 7.x. */
    private static final String HIKARI_CLOSED = "Connection is closed";

    public enum Fault {
        DATABASE("databaseUnavailable", "the database did not answer"),
        SESSION_STORE("sessionStoreUnavailable", "the session store (Redis) did not answer"),
        BROKER("brokerUnavailable", "the message broker did not answer");

        private final String code;
        private final String detail;

        Fault(String code, String detail) {
            this.code = code;
            this.detail = detail;
        }

        public String code() {
            return code;
        }

        public String detail() {
            return detail + "; nothing was changed by this failure, retry after "
                    + RETRY_AFTER.toSeconds() + " s (with the same id for a write)";
        }

        public HttpStatus status() {
            return HttpStatus.SERVICE_UNAVAILABLE;
        }
    }

    private Faults() {
    }

    public static Optional<Fault> classify(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < 32; depth++) {
            Fault fault = ofOne(cause);
            if (fault != null) {
                return Optional.of(fault);
            }
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        return Optional.empty();
    }

    private static Fault ofOne(Throwable cause) {
        // Redis first: RedisConnectionFailureException is a DataAccessResourceFailureException too
        if (cause instanceof RedisConnectionFailureException || cause instanceof RedisConnectionException
                || cause instanceof RedisCommandTimeoutException) {
            return Fault.SESSION_STORE;
        }
        if (cause instanceof AmqpConnectException || cause instanceof AmqpIOException
                || cause instanceof AmqpTimeoutException) {
            return Fault.BROKER;
        }
        if (cause instanceof CannotGetJdbcConnectionException || cause instanceof CannotCreateTransactionException
                || cause instanceof TransientDataAccessResourceException
                || cause instanceof DataAccessResourceFailureException
                || cause instanceof SQLTransientConnectionException || cause instanceof SQLRecoverableException) {
            return Fault.DATABASE;
        }
        if (cause instanceof SQLException sql && (isConnectionLost(sql.getSQLState()) || isClosedByPool(sql))) {
            return Fault.DATABASE;
        }
        return null;
    }

    /**
     * HikariCP closes the proxy of a connection it saw die, and a later statement of the same command then
     * gets this exception with no SQLState at all (the chaos suite's 500s under pg_terminate_backend).
     */
    private static boolean isClosedByPool(SQLException sql) {
        return sql.getSQLState() == null && HIKARI_CLOSED.equals(sql.getMessage());
    }

    /**
     * SQLState class 08 (connection exception), 57P01..57P03 (admin shutdown, crash shutdown, cannot
     * connect now), 53300 (too many connections) and 57014 (statement cancelled by its time-out: a
     * rolled-back statement under overload).
     */
    static boolean isConnectionLost(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.startsWith("57P")
                || sqlState.equals("53300") || sqlState.equals("57014"));
    }
}
