package bank.ledger.projections.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProcessorPositionTest {

    @Test
    void with_every_segment_claimed_the_position_is_the_slowest_live_one() {
        var stored = List.of(new SegmentTokens.Segment(0, "node-a", 90L), new SegmentTokens.Segment(1, "node-a", 95L));

        assertThat(ProcessorAdmin.lowestPosition(Map.of(0, 120L, 1, 118L), stored)).isEqualTo(118);
    }

    @Test
    void a_segment_nobody_claims_counts_at_its_stored_position_so_a_stall_shows_as_lag() {
        var stored = List.of(new SegmentTokens.Segment(0, "node-a", 119L), new SegmentTokens.Segment(1, null, 40L));

        assertThat(ProcessorAdmin.lowestPosition(Map.of(0, 120L), stored)).isEqualTo(40);
    }

    @Test
    void a_segment_another_node_runs_counts_at_the_position_that_node_stored_so_any_node_answers_for_all() {
        var stored = List.of(new SegmentTokens.Segment(0, "node-a", 119L), new SegmentTokens.Segment(1, "node-b", 12L));

        assertThat(ProcessorAdmin.lowestPosition(Map.of(0, 120L), stored)).isEqualTo(12);
    }

    @Test
    void a_node_running_no_segment_reports_the_stored_positions() {
        var stored = List.of(new SegmentTokens.Segment(0, "node-b", 119L), new SegmentTokens.Segment(1, "node-b", 95L));

        assertThat(ProcessorAdmin.lowestPosition(Map.of(), stored)).isEqualTo(95);
    }

    @Test
    void an_unclaimed_segment_without_a_token_or_nothing_at_all_is_minus_one() {
        assertThat(ProcessorAdmin.lowestPosition(Map.of(0, 120L), List.of(new SegmentTokens.Segment(1, null, null))))
                .isEqualTo(-1);
        assertThat(ProcessorAdmin.lowestPosition(Map.of(), List.of())).isEqualTo(-1);
    }
}
