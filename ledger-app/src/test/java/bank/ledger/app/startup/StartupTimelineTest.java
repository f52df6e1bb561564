package bank.ledger.app.startup;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.startup.StartupTimeline.Phase;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StartupTimelineTest {
    private static final long JVM_START_MS = 1_000_000;

    @Nested
    class APhase {
        @Test
        void the_first_lasts_from_the_jvm_start_to_its_mark() {
            StartupTimeline timeline = new StartupTimeline(JVM_START_MS);
            assertThat(timeline.mark("JVM until Spring starts", JVM_START_MS + 900))
                    .isEqualTo(new Phase("JVM until Spring starts", 900));
        }

        @Test
        void begins_where_the_previous_one_ended() {
            StartupTimeline timeline = new StartupTimeline(JVM_START_MS);
            timeline.mark("JVM until Spring starts", JVM_START_MS + 900);
            assertThat(timeline.mark("environment", JVM_START_MS + 1_250)).isEqualTo(new Phase("environment", 350));
        }

        @Test
        void marked_at_the_same_moment_as_the_previous_lasts_0_ms() {
            StartupTimeline timeline = new StartupTimeline(JVM_START_MS);
            timeline.mark("a", JVM_START_MS + 10);
            assertThat(timeline.mark("b", JVM_START_MS + 10).durationMs()).isZero();
        }

        @Test
        void marked_before_the_previous_one_by_a_clock_step_back_lasts_0_ms_not_a_negative_time() {
            StartupTimeline timeline = new StartupTimeline(JVM_START_MS);
            timeline.mark("a", JVM_START_MS + 500);
            assertThat(timeline.mark("b", JVM_START_MS + 499).durationMs()).isZero();
            assertThat(timeline.mark("c", JVM_START_MS + 600).durationMs()).isEqualTo(100);
        }
    }

    @Nested
    class TheSummary {
        @Test
        void is_the_total_from_the_jvm_start_and_each_phase_in_order() {
            StartupTimeline timeline = new StartupTimeline(JVM_START_MS);
            timeline.mark("JVM until Spring starts", JVM_START_MS + 900);
            timeline.mark("Flyway migration", JVM_START_MS + 3_000);
            timeline.mark("runners", JVM_START_MS + 3_020);
            assertThat(timeline.summary()).isEqualTo(
                    "started in 3020 ms (phases: JVM until Spring starts 900 ms, Flyway migration 2100 ms, runners 20 ms)");
        }

        @Test
        void has_phases_adding_up_to_the_total() {
            StartupTimeline timeline = new StartupTimeline(JVM_START_MS);
            long[] marks = {700, 1_300, 1_300, 5_900, 41_250};
            for (int i = 0; i < marks.length; i++) {
                timeline.mark("phase " + i, JVM_START_MS + marks[i]);
            }
            assertThat(timeline.phases().stream().mapToLong(Phase::durationMs).sum())
                    .isEqualTo(timeline.totalMs()).isEqualTo(41_250);
        }

        @Test
        void before_any_mark_is_0_ms_with_no_phase() {
            assertThat(new StartupTimeline(JVM_START_MS).summary()).isEqualTo("started in 0 ms (phases: )");
        }
    }
}
