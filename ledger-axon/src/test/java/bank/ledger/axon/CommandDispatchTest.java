package bank.ledger.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The shared sender on Axon's own local command bus, with a handler that fails as told. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CommandDispatchTest {
    record Ping(String id) {
    }

    private final SimpleCommandBus bus = SimpleCommandBus.builder().build();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final AtomicInteger calls = new AtomicInteger();

    private CommandDispatch dispatch(int attemptsMax, Supplier<Object> handler) {
        bus.subscribe(Ping.class.getName(), message -> {
            calls.incrementAndGet();
            return handler.get();
        });
        return new CommandDispatch(DefaultCommandGateway.builder().commandBus(bus).build(),
                new CommandDispatch.Settings(attemptsMax, 2, 5_000), meters, "test.retries",
                missing -> LedgerRefusal.of(RefusalCode.STATEMENT_NOT_FOUND, "statementKey", "no such statement"));
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

            String result = dispatch.send(new Ping("1"), Map.of("actor", "alice"));

            assertThat(result).isEqualTo("done");
            assertThat(calls.get()).isEqualTo(3);
            assertThat(meters.counter("test.retries").count()).isEqualTo(2.0);
        }

        @Test
        void a_conflict_on_the_last_attempt_is_a_concurrent_modification_refusal() {
            CommandDispatch dispatch = dispatch(3, () -> {
                throw new ConcurrencyException("always someone else");
            });

            assertThatThrownBy(() -> dispatch.send(new Ping("1"), Map.of()))
                    .isInstanceOfSatisfying(LedgerRefusal.class,
                            refusal -> assertThat(refusal.code()).isEqualTo(RefusalCode.CONCURRENT_MODIFICATION));
            assertThat(calls.get()).isEqualTo(3);
        }

        @Test
        void a_business_refusal_is_never_retried() {
            CommandDispatch dispatch = dispatch(5, () -> {
                throw LedgerRefusal.of(RefusalCode.EXCEEDS_CREDITS, "postings", "not enough money");
            });

            assertThatThrownBy(() -> dispatch.send(new Ping("1"), Map.of())).isInstanceOf(LedgerRefusal.class);
            assertThat(calls.get()).isEqualTo(1);
        }

        @Test
        void a_missing_aggregate_becomes_the_senders_refusal() {
            CommandDispatch dispatch = dispatch(5, () -> {
                throw new AggregateNotFoundException("stmt-x", "not found");
            });

            assertThatThrownBy(() -> dispatch.send(new Ping("1"), Map.of()))
                    .isInstanceOfSatisfying(LedgerRefusal.class,
                            refusal -> assertThat(refusal.code()).isEqualTo(RefusalCode.STATEMENT_NOT_FOUND));
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
