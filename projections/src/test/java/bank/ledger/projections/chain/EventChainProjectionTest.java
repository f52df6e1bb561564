package bank.ledger.projections.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.junit.jupiter.api.Test;

/** The progress the processor records: what it has seen, so that inserted rows can be told from late ones. */
class EventChainProjectionTest {
    @Test
    void a_gap_aware_token_is_recorded_with_its_gaps() {
        ChainStore.Progress progress = EventChainProjection.progress(
                GapAwareTrackingToken.newInstance(10, Set.of(4L, 7L)), ChainStore.Progress.NONE);

        assertThat(progress.coveredIndex()).isEqualTo(10);
        assertThat(progress.coveredGaps()).containsExactlyInAnyOrder(4L, 7L);
    }

    @Test
    void a_replay_records_where_the_replay_is_not_where_it_will_end() {
        ChainStore.Progress progress = EventChainProjection.progress(ReplayToken.createReplayToken(
                GapAwareTrackingToken.newInstance(100, Set.of()), GapAwareTrackingToken.newInstance(5, Set.of())),
                ChainStore.Progress.NONE);

        assertThat(progress.coveredIndex()).isEqualTo(5);
    }

    @Test
    void another_kind_of_token_has_no_gaps_and_no_token_keeps_what_was_known() {
        assertThat(EventChainProjection.progress(new GlobalSequenceTrackingToken(3), ChainStore.Progress.NONE)
                .coveredIndex()).isEqualTo(3);
        ChainStore.Progress known = new ChainStore.Progress(8, new long[] {2});
        assertThat(EventChainProjection.progress(null, known)).isSameAs(known);
    }
}
