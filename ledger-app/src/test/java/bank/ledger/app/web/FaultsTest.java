package bank.ledger.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.common.jdbc.JdbcException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.AmqpConnectException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.redis.RedisConnectionFailureException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.transaction.CannotCreateTransactionException;

/** A dependency that did not answer is a fault (503), however deeply wrapped; a bug stays a bug. */
class FaultsTest {
    private static final SQLException TERMINATED =
            new SQLException("FATAL: terminating connection due to administrator command", "57P01");

    @Nested
    class Database {
        @Test
        void a_terminated_connection_inside_axons_event_store_exception_is_a_database_fault() {
            // Axon's message blames "already inserted" whatever the cause: the cause decides
            EventStoreException axon = new EventStoreException(
                    "An event for aggregate [je-1] at sequence [0] was already inserted", TERMINATED);

            assertThat(Faults.classify(axon)).contains(Faults.Fault.DATABASE);
            assertThat(Faults.classify(new CommandExecutionException("failed", axon))).contains(Faults.Fault.DATABASE);
        }

        @Test
        void connection_states_of_class_08_and_57P_and_pool_time_outs_are_database_faults() {
            assertThat(Faults.classify(new SQLException("I/O error", "08006"))).contains(Faults.Fault.DATABASE);
            assertThat(Faults.classify(new SQLException("cannot connect now", "57P03"))).contains(Faults.Fault.DATABASE);
            assertThat(Faults.classify(new SQLException("too many clients", "53300"))).contains(Faults.Fault.DATABASE);
            assertThat(Faults.classify(new SQLTransientConnectionException("HikariPool-1 - Connection is not available")))
                    .contains(Faults.Fault.DATABASE);
            assertThat(Faults.classify(new CannotGetJdbcConnectionException("no connection")))
                    .contains(Faults.Fault.DATABASE);
            assertThat(Faults.classify(new CannotCreateTransactionException("no connection")))
                    .contains(Faults.Fault.DATABASE);
            assertThat(Faults.classify(new UncategorizedSQLException("select", "select 1", TERMINATED)))
                    .contains(Faults.Fault.DATABASE);
        }

        /** Seen in the chaos suite: the pool closed the proxy of a terminated connection mid-command. */
        @Test
        void a_connection_the_pool_closed_under_a_command_is_a_database_fault() {
            SQLException closedByPool = new SQLException("Connection is closed");
            JdbcException axon = new JdbcException("Failed to create a SQL statement", closedByPool);

            assertThat(Faults.classify(new CommandExecutionException("failed", axon))).contains(Faults.Fault.DATABASE);
            assertThat(Faults.classify(new SQLException("Connection is closed for some other reason"))).isEmpty();
        }

        @Test
        void a_duplicate_key_or_a_constraint_is_not_a_fault() {
            assertThat(Faults.classify(new SQLException("duplicate key", "23505"))).isEmpty();
            assertThat(Faults.classify(new DataIntegrityViolationException("check"))).isEmpty();
            assertThat(Faults.classify(new SQLException("syntax", "42601"))).isEmpty();
        }
    }

    @Nested
    class OtherDependencies {
        @Test
        void redis_not_answering_is_a_session_store_fault_even_though_spring_calls_it_data_access() {
            assertThat(Faults.classify(new RedisConnectionFailureException("refused")))
                    .contains(Faults.Fault.SESSION_STORE);
            assertThat(Faults.classify(new IllegalStateException(new io.lettuce.core.RedisCommandTimeoutException())))
                    .contains(Faults.Fault.SESSION_STORE);
        }

        @Test
        void the_broker_not_answering_is_a_broker_fault() {
            assertThat(Faults.classify(new AmqpConnectException(new java.net.ConnectException("refused"))))
                    .contains(Faults.Fault.BROKER);
        }

        @Test
        void a_bug_is_no_fault_and_a_cause_cycle_ends() {
            assertThat(Faults.classify(new NullPointerException())).isEmpty();
            RuntimeException cyclic = new RuntimeException("a");
            RuntimeException other = new RuntimeException("b", cyclic);
            cyclic.initCause(other);
            assertThat(Faults.classify(cyclic)).isEmpty();
        }
    }
}
