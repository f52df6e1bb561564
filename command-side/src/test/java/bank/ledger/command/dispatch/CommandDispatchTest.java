package bank.ledger.command.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import bank.ledger.domain.statement.api.ConfirmOpenLine;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The one dispatcher on Axon's own local command bus, with a handler that fails as told. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CommandDispatchTest {
    record Ping(String id) {
    }

    private static final CommandOrigin ALICE = new CommandOrigin("alice", "accountant", "api", "corr-1");

    private final SimpleCommandBus bus = SimpleCommandBus.builder().build();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final AtomicInteger calls = new AtomicInteger();

    private final List<MetaData> received = new ArrayList<>();

    private CommandDispatch dispatch(int attemptsMax, Supplier<Object> handler) {
        for (Class<?> command : List.of(Ping.class, ConfirmOpenLine.class)) {
            bus.subscribe(command.getName(), message -> {
                calls.incrementAndGet();
                received.add(message.getMetaData());
                return handler.get();
            });
        }
        return new CommandDispatch(DefaultCommandGateway.builder().commandBus(bus).build(),
                new CommandProperties(attemptsMax, 2, 5_000), meters);
    }

    @Nested
    class Metadata {
        @Test
        void the_command_carries_the_senders_actor_role_channel_and_correlation_id() {
            CommandDispatch dispatch = dispatch(1, () -> "done");

            dispatch.send(new Ping("1"), ALICE);

            assertThat(received).singleElement().satisfies(metadata -> assertThat(metadata)
                    .containsEntry("actor", "alice").containsEntry("actorRole", "accountant")
                    .containsEntry("channel", "api").containsEntry("correlationId", "corr-1"));
        }

        @Test
        void each_engine_decision_has_a_correlation_id_of_its_own_and_no_role() {
            CommandOrigin first = CommandOrigin.engine("reconciliation");
            CommandOrigin second = CommandOrigin.engine("reconciliation");

            assertThat(first.correlationId()).isNotEqualTo(second.correlationId());
            assertThat(first.channel()).isEqualTo("engine");
            assertThat(first.metadata()).doesNotContainKey("actorRole");
        }
    }

    @Nested
    class Retrying {
        @Test
        void a_concurrency_conflict_is_retried_until_the_command_passes_and_each_retry_is_counted() {
            CommandDispatch dispatch = dispatch(5, () -> {
                if (calls.get() < 3) {
                    throw new ConcurrencyException("another writer appended first");
                }
                return "done";
            });

            String result = dispatch.send(new Ping("1"), ALICE);

            assertThat(result).isEqualTo("done");
            assertThat(calls.get()).isEqualTo(3);
            assertThat(meters.counter(CommandDispatch.RETRY_METER).count()).isEqualTo(2.0);
        }

        @Test
        void a_conflict_on_the_last_attempt_is_a_concurrent_modification_refusal() {
            CommandDispatch dispatch = dispatch(3, () -> {
                throw new ConcurrencyException("always someone else");
            });

            assertThatThrownBy(() -> dispatch.send(new Ping("1"), ALICE))
                    .isInstanceOfSatisfying(LedgerRefusal.class,
                            refusal -> assertThat(refusal.code()).isEqualTo(RefusalCode.CONCURRENT_MODIFICATION));
            assertThat(calls.get()).isEqualTo(3);
        }

        @Test
        void a_business_refusal_is_never_retried() {
            CommandDispatch dispatch = dispatch(5, () -> {
                throw LedgerRefusal.of(RefusalCode.EXCEEDS_CREDITS, "postings", "not enough money");
            });

            assertThatThrownBy(() -> dispatch.send(new Ping("1"), ALICE)).isInstanceOf(LedgerRefusal.class);
            assertThat(calls.get()).isEqualTo(1);
        }

        @Test
        void a_statement_command_for_a_statement_never_received_is_statement_not_found() {
            CommandDispatch dispatch = dispatch(5, () -> {
                throw new AggregateNotFoundException("stmt-x", "not found");
            });

            assertThatThrownBy(() -> dispatch.send(new ConfirmOpenLine("stmt-x", 1), ALICE))
                    .isInstanceOfSatisfying(LedgerRefusal.class, refusal -> {
                        assertThat(refusal.code()).isEqualTo(RefusalCode.STATEMENT_NOT_FOUND);
                        assertThat(refusal.field()).isEqualTo("statementKey");
                    });
            assertThat(calls.get()).isEqualTo(1);
        }

        @Test
        void another_missing_aggregate_goes_on_to_the_edge_as_it_came() {
            CommandDispatch dispatch = dispatch(5, () -> {
                throw new AggregateNotFoundException("acc-x", "not found");
            });

            assertThatThrownBy(() -> dispatch.send(new Ping("1"), ALICE)).isInstanceOf(AggregateNotFoundException.class);
        }
    }

    @Nested
    class What_is_retryable {
        @Test
        void serialization_failures_deadlocks_and_unique_key_races_are() {
            assertThat(CommandDispatch.isRetryable(new RuntimeException(new SQLException("x", "40001")))).isTrue();
            assertThat(CommandDispatch.isRetryable(new RuntimeException(new SQLException("x", "40P01")))).isTrue();
            assertThat(CommandDispatch.isRetryable(new RuntimeException(new SQLException("x", "23505")))).isTrue();
        }

        @Test
        void other_database_errors_are_not() {
            assertThat(CommandDispatch.isRetryable(new RuntimeException(new SQLException("x", "23503")))).isFalse();
            assertThat(CommandDispatch.isRetryable(new IllegalStateException("bug"))).isFalse();
        }
    }
}
