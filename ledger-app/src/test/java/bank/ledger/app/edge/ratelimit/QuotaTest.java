package bank.ledger.app.edge.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** The RateLimit header fields, in the structured-field form of the IETF draft. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class QuotaTest {
    private static final RateLimitProperties.Limit READS = new RateLimitProperties.Limit(600, Duration.ofMinutes(1));

    @Test
    void the_policy_states_the_quota_and_its_window_in_seconds() {
        assertThat(new Quota("read", READS, 599, Duration.ofMillis(100)).policyHeader()).isEqualTo("\"read\";q=600;w=60");
    }

    @Test
    void the_state_says_what_remains_and_the_seconds_until_full_rounded_up() {
        assertThat(new Quota("read", READS, 42, Duration.ofMillis(55_100)).stateHeader())
                .isEqualTo("\"read\";r=42;t=56");
        assertThat(new Quota("read", READS, 599, Duration.ofMillis(1)).stateHeader()).isEqualTo("\"read\";r=599;t=1");
    }

    @Test
    void a_full_bucket_resets_in_no_time() {
        assertThat(new Quota("read", READS, 600, Duration.ZERO).stateHeader()).isEqualTo("\"read\";r=600;t=0");
    }

    @Test
    void an_exhausted_quota_has_nothing_left_until_the_retry_after() {
        assertThat(Quota.exhausted("write", READS, Duration.ofMillis(2_500)).stateHeader())
                .isEqualTo("\"write\";r=0;t=3");
    }

    @Test
    void the_policy_of_a_bucket_is_its_endpoint_class() {
        assertThat(Quota.policyOf("read:user:alice")).isEqualTo("read");
        assertThat(Quota.policyOf("login")).isEqualTo("login");
    }
}
