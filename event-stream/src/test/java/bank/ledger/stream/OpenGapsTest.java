package bank.ledger.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The replays' ceiling: below the lowest gap of the publisher's token that may still fill. */
class OpenGapsTest {
    private static final long TIMEOUT_MS = 30_000;
    private final AtomicLong nowMs = new AtomicLong(1_000_000);
    private final OpenGaps open = new OpenGaps(TIMEOUT_MS, nowMs::get);

    private static SortedSet<Long> gaps(Long... positions) {
        return new TreeSet<>(List.of(positions));
    }

    @Test
    void a_gap_just_seen_may_still_fill() {
        assertThat(open.lowest(gaps(9L, 15L))).contains(9L);
    }

    @Test
    void a_token_with_many_old_gaps_settles_in_one_time_out_not_one_per_gap() {
        SortedSet<Long> eighty = new TreeSet<>();
        for (long gap = 100; gap < 180; gap++) {
            eighty.add(gap);
        }
        open.lowest(eighty);

        nowMs.addAndGet(TIMEOUT_MS - 1);
        assertThat(open.lowest(eighty)).as("one millisecond before the time-out").contains(100L);
        nowMs.addAndGet(1);
        assertThat(open.lowest(eighty)).isEqualTo(Optional.empty());
    }

    @Test
    void a_new_gap_above_settled_ones_holds_the_ceiling_for_its_own_time_out() {
        open.lowest(gaps(9L));
        nowMs.addAndGet(TIMEOUT_MS);

        assertThat(open.lowest(gaps(9L, 40L))).contains(40L);
        nowMs.addAndGet(TIMEOUT_MS);
        assertThat(open.lowest(gaps(9L, 40L))).isEmpty();
    }

    @Test
    void a_gap_that_filled_and_reappears_is_young_again() {
        open.lowest(gaps(9L));
        nowMs.addAndGet(TIMEOUT_MS);
        open.lowest(gaps());

        assertThat(open.lowest(gaps(9L))).contains(9L);
    }
}
