package bank.ledger.query.replica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ReplayLagTest {

    @Nested
    class TheStalenessBound {
        @Test
        void a_replica_at_the_primarys_position_is_one_probe_round_trip_behind_however_idle_the_primary_is() {
            ReplayLag lag = new ReplayLag(10);
            lag.observe(0, 100, 100, 5);

            ReplayLag.Bound idleAnHourLater = lag.observe(3_600_000, 100, 100, 3_600_007);

            assertThat(idleAnHourLater).isEqualTo(new ReplayLag.Bound(7, 0, true));
        }

        @Test
        void a_replica_behind_is_as_stale_as_the_newest_probe_whose_position_it_has_replayed() {
            ReplayLag lag = new ReplayLag(10);
            lag.observe(0, 100, 100, 1);
            lag.observe(1_000, 200, 150, 1_001);
            lag.observe(2_000, 300, 200, 2_001);

            ReplayLag.Bound bound = lag.observe(3_000, 400, 250, 3_002);

            assertThat(bound).isEqualTo(new ReplayLag.Bound(2_002, 150, true));
        }

        @Test
        void a_replica_behind_every_sample_kept_is_beyond_the_window_which_is_a_lower_bound() {
            ReplayLag lag = new ReplayLag(3);
            lag.observe(0, 100, 100, 1);
            lag.observe(1_000, 200, 100, 1_001);
            lag.observe(2_000, 300, 100, 2_001);

            ReplayLag.Bound bound = lag.observe(3_000, 400, 100, 3_001);

            assertThat(bound.withinWindow()).isFalse();
            assertThat(bound.lagMs()).isEqualTo(2_001);
            assertThat(bound.lagBytes()).isEqualTo(300);
        }

        @Test
        void at_start_up_a_replica_behind_the_first_sample_is_not_trusted_as_fresh() {
            ReplayLag lag = new ReplayLag(10);

            ReplayLag.Bound first = lag.observe(0, 5_000, 100, 3);

            assertThat(first.withinWindow()).as("an hour behind or a millisecond: one sample cannot tell").isFalse();
        }
    }

    @Nested
    class WalPositions {
        @Test
        void are_read_as_high_and_low_32_bits_in_hex() {
            assertThat(ReplayLag.lsn("0/3000000")).isEqualTo(0x3000000L);
            assertThat(ReplayLag.lsn("16/B374D848")).isEqualTo((0x16L << 32) | 0xB374D848L);
            assertThat(ReplayLag.lsn("16/B374D848")).isGreaterThan(ReplayLag.lsn("15/FFFFFFFF"));
        }

        @Test
        void anything_else_is_refused() {
            for (String bad : new String[] {"", "/1", "1/", "12", "x/1"}) {
                assertThatThrownBy(() -> ReplayLag.lsn(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
            }
            assertThatThrownBy(() -> ReplayLag.lsn(null)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
