package bank.ledger.app.consistency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bank.ledger.app.support.LedgerIntegrationTest;
import bank.ledger.command.consistency.ReadModelCatchingUp;
import bank.ledger.projections.readmodel.ReadModelWatermark;
import bank.ledger.projections.readmodel.ReadModelWatermark.ReadModel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Read-your-writes for write-side work computed from the read models: the watermark waits for the
 * projections' token positions to reach the events recorded before the call, and the barrier answers
 * {@code readModelCatchingUp} when they do not in time.
 */
class ReadModelBarrierIT extends LedgerIntegrationTest {
    @Autowired
    JdbcTemplate jdbc;

    /** The latest recorded event's index; records one first, so the store is never empty. */
    long head() {
        openAccount("ASSET", "EUR", Map.of());
        return jdbc.queryForObject("select max(globalindex) from domainevententry", Long.class);
    }

    void storeToken(String processor, int segment, long index) {
        jdbc.update("delete from tokenentry where processorname = ? and segment = ?", processor, segment);
        jdbc.update("insert into tokenentry (processorname, segment, token, tokentype) values (?, ?, ?, ?)", processor,
                segment, ("{\"index\":" + index + ",\"gaps\":[]}").getBytes(StandardCharsets.UTF_8),
                "org.axonframework.eventhandling.GapAwareTrackingToken");
    }

    @Nested
    class The_watermark {
        @Test
        void returns_once_the_lines_of_an_entry_just_recorded_are_readable() {
            String cash = openAccount("ASSET", "EUR", Map.of());
            String income = openAccount("INCOME", "EUR", Map.of());
            assertThat(api.post("/api/v1/journal-entries", entry(newId("e"), List.of(line(cash, "DEBIT", "12.34"),
                    line(income, "CREDIT", "12.34")))).status()).isEqualTo(201);

            ReadModelWatermark.Outcome outcome = new ReadModelWatermark(jdbc)
                    .awaitCaughtUp(EnumSet.allOf(ReadModel.class), Duration.ofSeconds(60));

            assertThat(outcome.caughtUp()).as(outcome.toString()).isTrue();
            assertThat(jdbc.queryForObject("select count(*) from rm_account_line where account_id = ?", Integer.class,
                    cash)).isEqualTo(1);
        }

        @Test
        void waits_for_the_slowest_segment_and_names_it() {
            String processor = newId("barrier-test");
            long head = head();
            storeToken(processor, 0, head);
            storeToken(processor, 1, head - 1);
            ReadModelWatermark watermark = new ReadModelWatermark(jdbc);

            ReadModelWatermark.Outcome behind = watermark.awaitProcessors(List.of(processor), Duration.ofMillis(50));
            assertThat(behind.caughtUp()).isFalse();
            assertThat(behind.slowest()).isEqualTo(processor);
            assertThat(behind.slowestPosition()).isEqualTo(head - 1);

            storeToken(processor, 1, head + 5);
            assertThat(watermark.awaitProcessors(List.of(processor), Duration.ofMillis(50)).caughtUp()).isTrue();
        }

        @Test
        void counts_a_processor_without_a_token_as_having_processed_nothing() {
            ReadModelWatermark.Outcome none = new ReadModelWatermark(jdbc)
                    .awaitProcessors(List.of(newId("never-started")), Duration.ZERO);
            assertThat(none.caughtUp()).isFalse();
            assertThat(none.slowestPosition()).isEqualTo(-1);
        }
    }

    @Nested
    class The_barrier {
        @Test
        void refuses_with_readModelCatchingUp_and_a_retry_after_when_a_read_model_stays_behind() {
            String processor = newId("barrier-test");
            storeToken(processor, 0, head() - 1);
            TokenPositionBarrier barrier = new TokenPositionBarrier(jdbc, new ReadModelBarrierProperties(20, 3),
                    List.of(processor));

            assertThatThrownBy(() -> barrier.awaitRecordedEvents("the revaluation of 1999-11"))
                    .isInstanceOfSatisfying(ReadModelCatchingUp.class, e -> {
                        assertThat(e.retryAfterSeconds()).isEqualTo(3);
                        assertThat(e.getMessage()).contains("the revaluation of 1999-11").contains(processor)
                                .contains("1 events behind");
                    });
        }

        @Test
        void lets_the_work_through_when_the_read_models_hold_every_recorded_event() {
            String processor = newId("barrier-test");
            storeToken(processor, 0, head());
            new TokenPositionBarrier(jdbc, new ReadModelBarrierProperties(20, 3), List.of(processor))
                    .awaitRecordedEvents("the revaluation of 1999-11");
        }
    }
}
