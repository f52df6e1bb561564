package bank.ledger.projections.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Whether a segment's claim still belongs to a live node, as the rebuild's rewind decides it. */
class RebuildRequestsTest {
    private static final Instant NOW = Instant.parse("2026-12-03T04:00:00Z");
    private static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(10);

    @Test
    void a_claim_renewed_within_the_claim_timeout_is_live_and_the_rewind_waits() {
        assertThat(RebuildRequests.live("2026-12-03T03:59:50.001Z", NOW, CLAIM_TIMEOUT)).isTrue();
    }

    @Test
    void a_claim_as_old_as_the_claim_timeout_is_a_dead_nodes_and_does_not_block_the_rewind() {
        assertThat(RebuildRequests.live("2026-12-03T03:59:50Z", NOW, CLAIM_TIMEOUT)).isFalse();
        assertThat(RebuildRequests.live("2026-12-03T03:00:00Z", NOW, CLAIM_TIMEOUT)).isFalse();
    }

    @Test
    void a_claim_time_that_cannot_be_read_counts_as_live_so_nothing_is_taken_from_a_running_node() {
        assertThat(RebuildRequests.live("yesterday", NOW, CLAIM_TIMEOUT)).isTrue();
        assertThat(RebuildRequests.live(null, NOW, CLAIM_TIMEOUT)).isTrue();
    }
}
