package bank.ledger.query.replica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReadReplicaPropertiesTest {
    private static ReadReplicaProperties with(String url, long maxLagMs, long probeIntervalMs) {
        return new ReadReplicaProperties(url, "reader", "", maxLagMs, probeIntervalMs, 4, 2000, 30000);
    }

    @Test
    void without_a_url_the_replica_is_off() {
        assertThat(with("", 5000, 1000).enabled()).isFalse();
        assertThat(with("  ", 5000, 1000).enabled()).isFalse();
        assertThat(with("jdbc:postgresql://replica:5432/ledger", 5000, 1000).enabled()).isTrue();
    }

    @Test
    void the_samples_kept_span_the_lag_limit() {
        assertThat(with("", 5000, 1000).samplesMax()).isEqualTo(7);
        assertThat(with("", 1000, 1000).samplesMax()).isEqualTo(3);
    }

    @Test
    void a_limit_below_one_probe_interval_or_another_database_is_refused() {
        assertThatThrownBy(() -> with("", 999, 1000)).hasMessageContaining("max-lag-ms");
        assertThatThrownBy(() -> with("", 10_000_000, 100)).hasMessageContaining("max-lag-ms");
        assertThatThrownBy(() -> with("", 5000, 50)).hasMessageContaining("probe-interval-ms");
        assertThatThrownBy(() -> with("jdbc:mysql://replica/ledger", 5000, 1000)).hasMessageContaining("jdbc:postgresql:");
    }
}
