package bank.ledger.connectors.pull;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bank.ledger.domain.refusal.LedgerRefusal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PullScheduleTest {
    private static final Duration MIN = Duration.ofMinutes(1);
    private static final Instant NOON = Instant.parse("2026-11-20T12:00:00Z");

    @Nested
    class Every {
        @Test
        void the_next_run_is_one_interval_later() {
            assertThat(PullSchedule.parse("every PT15M", MIN).nextAfter(NOON)).isEqualTo(Instant.parse("2026-11-20T12:15:00Z"));
        }

        @Test
        void an_interval_of_exactly_the_minimum_is_taken_and_one_below_it_refused() {
            assertThat(PullSchedule.parse("every PT1M", MIN).every()).isEqualTo(MIN);
            assertRefused("every PT59S");
        }

        @Test
        void a_duration_that_is_not_iso_8601_is_refused() {
            assertRefused("every 15 minutes");
        }
    }

    @Nested
    class Daily {
        @Test
        void the_next_run_is_the_next_time_of_day_in_utc() {
            PullSchedule schedule = PullSchedule.parse("daily 18:00,06:30", MIN);

            assertThat(schedule.nextAfter(NOON)).isEqualTo(Instant.parse("2026-11-20T18:00:00Z"));
            assertThat(schedule.nextAfter(Instant.parse("2026-11-20T18:00:00Z"))).isEqualTo(Instant.parse("2026-11-21T06:30:00Z"));
        }

        @Test
        void a_time_that_is_no_time_of_day_is_refused() {
            assertRefused("daily 25:00");
        }

        @Test
        void more_than_24_times_a_day_are_refused() {
            StringBuilder times = new StringBuilder("00:00");
            for (int minute = 1; minute <= 24; minute++) {
                times.append(",01:").append(String.format("%02d", minute));
            }
            assertRefused("daily " + times);
        }
    }

    @Nested
    class Backoff {
        private final PullSchedule hourly = PullSchedule.parse("every PT1H", MIN);

        @Test
        void the_first_retry_comes_after_the_base_and_each_failure_in_a_row_doubles_it() {
            assertThat(hourly.retryAfter(NOON, 1, Duration.ofMinutes(1), Duration.ofHours(1))).isEqualTo(NOON.plusSeconds(60));
            assertThat(hourly.retryAfter(NOON, 2, Duration.ofMinutes(1), Duration.ofHours(1))).isEqualTo(NOON.plusSeconds(120));
            assertThat(hourly.retryAfter(NOON, 4, Duration.ofMinutes(1), Duration.ofHours(1))).isEqualTo(NOON.plusSeconds(480));
        }

        @Test
        void the_back_off_stops_growing_at_its_maximum() {
            PullSchedule daily = PullSchedule.parse("daily 06:00", MIN);

            assertThat(daily.retryAfter(NOON, 10, Duration.ofMinutes(1), Duration.ofMinutes(30))).isEqualTo(NOON.plusSeconds(1800));
        }

        @Test
        void a_retry_never_comes_later_than_the_schedules_own_next_run() {
            assertThat(hourly.retryAfter(NOON, 8, Duration.ofMinutes(1), Duration.ofHours(5))).isEqualTo(NOON.plusSeconds(3600));
        }

        @Test
        void many_failures_in_a_row_do_not_overflow() {
            assertThat(hourly.retryAfter(NOON, Integer.MAX_VALUE, Duration.ofMinutes(1), Duration.ofMinutes(30)))
                    .isEqualTo(NOON.plusSeconds(1800));
        }
    }

    @Test
    void a_schedule_of_another_form_is_refused() {
        assertRefused("*/5 * * * *");
        assertRefused("");
    }

    private static void assertRefused(String text) {
        assertThatThrownBy(() -> PullSchedule.parse(text, MIN)).isInstanceOf(LedgerRefusal.class)
                .extracting(e -> ((LedgerRefusal) e).code().code()).isEqualTo("scheduleInvalid");
    }
}
