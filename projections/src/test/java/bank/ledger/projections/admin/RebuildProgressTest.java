package bank.ledger.projections.admin;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.projections.admin.ProcessorStatus.Rebuild;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RebuildProgressTest {
    private static final Instant START = Instant.parse("2026-03-01T00:00:00Z");

    @Test
    void halfway_after_ten_seconds_means_ten_seconds_left() {
        Rebuild r = Rebuild.of(START, 1000, 500, false, START.plusSeconds(10));

        assertThat(r.eventsDone()).isEqualTo(500);
        assertThat(r.eventsPerSecond()).isEqualTo(50);
        assertThat(r.secondsLeft()).isEqualTo(10);
        assertThat(r.caughtUp()).isFalse();
    }

    @Test
    void before_the_first_event_the_time_left_is_unknown_not_zero() {
        Rebuild r = Rebuild.of(START, 1000, -1, false, START.plusSeconds(3));

        assertThat(r.eventsDone()).isZero();
        assertThat(r.secondsLeft()).isNull();
    }

    @Test
    void events_recorded_after_the_start_do_not_count_beyond_the_total_and_it_is_caught_up() {
        Rebuild r = Rebuild.of(START, 1000, 1200, false, START.plusSeconds(4));

        assertThat(r.eventsDone()).isEqualTo(1000);
        assertThat(r.caughtUp()).isTrue();
        assertThat(r.secondsLeft()).isZero();
    }
}
