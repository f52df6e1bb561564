package bank.ledger.app.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bank.ledger.app.chaos.FaultSchedule.Fault;
import bank.ledger.app.chaos.FaultSchedule.Step;
import java.util.List;
import org.junit.jupiter.api.Test;

class FaultScheduleTest {

    @Test
    void the_same_seed_gives_the_same_faults_in_the_same_order_after_the_same_gaps() {
        assertThat(FaultSchedule.of(42, 10, 2, 2, 2, 2_000, 10_000))
                .isEqualTo(FaultSchedule.of(42, 10, 2, 2, 2, 2_000, 10_000));
    }

    @Test
    void another_seed_gives_another_schedule() {
        assertThat(FaultSchedule.of(42, 10, 2, 2, 2, 2_000, 10_000))
                .isNotEqualTo(FaultSchedule.of(43, 10, 2, 2, 2, 2_000, 10_000));
    }

    @Test
    void every_requested_fault_is_scheduled_exactly_as_often_as_asked() {
        List<Step> steps = FaultSchedule.of(7, 100, 10, 3, 4, 2_000, 10_000);
        assertThat(steps).hasSize(117);
        assertThat(steps.stream().filter(s -> s.fault() == Fault.KILL)).hasSize(100);
        assertThat(steps.stream().filter(s -> s.fault() == Fault.TERMINATE_CONNECTIONS)).hasSize(10);
        assertThat(steps.stream().filter(s -> s.fault() == Fault.REDIS_OUTAGE)).hasSize(3);
        assertThat(steps.stream().filter(s -> s.fault() == Fault.BROKER_OUTAGE)).hasSize(4);
    }

    @Test
    void gaps_stay_within_both_bounds() {
        assertThat(FaultSchedule.of(7, 500, 0, 0, 0, 2_000, 10_000))
                .allSatisfy(step -> assertThat(step.gapMs()).isBetween(2_000L, 10_000L));
        assertThat(FaultSchedule.of(7, 5, 0, 0, 0, 3_000, 3_000))
                .allSatisfy(step -> assertThat(step.gapMs()).isEqualTo(3_000L));
    }

    @Test
    void negative_counts_or_inverted_gaps_are_refused() {
        assertThatThrownBy(() -> FaultSchedule.of(1, -1, 0, 0, 0, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FaultSchedule.of(1, 1, 0, 0, 0, 10, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
