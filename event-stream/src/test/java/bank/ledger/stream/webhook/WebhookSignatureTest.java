package bank.ledger.stream.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import bank.ledger.stream.StreamProperties;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    @Nested
    class Signing {
        @Test
        void is_standard_hmac_sha256_so_any_receiver_can_verify_it() {
            // RFC 4231, test case 2
            assertThat(WebhookSignature.hmac("Jefe", "what do ya want for nothing?"))
                    .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
        }

        @Test
        void covers_the_timestamp_so_an_old_body_cannot_be_replayed_under_a_new_time() {
            String now = WebhookSignature.header("whsec_x", 1_700_000_000L, "{}");
            String later = WebhookSignature.header("whsec_x", 1_700_000_001L, "{}");

            assertThat(now).startsWith("t=1700000000,v1=");
            assertThat(now.substring(now.indexOf("v1="))).isNotEqualTo(later.substring(later.indexOf("v1=")));
        }

        @Test
        void secrets_are_fresh_and_carry_256_random_bits() {
            String secret = WebhookSignature.newSecret();

            assertThat(secret).startsWith("whsec_").hasSize(6 + 43);
            assertThat(WebhookSignature.newSecret()).isNotEqualTo(secret);
        }
    }

    @Nested
    class BackOff {
        private final WebhookDispatcher dispatcher = new WebhookDispatcher(null,
                new WebhookTargets(java.util.List.of(), java.net.InetAddress::getAllByName), new StreamProperties(
                "ledger.events.v1", 10_000, 30_000, new StreamProperties.Webhooks(5000, 60_000, 250, 20,
                java.util.List.of(), java.util.List.of(), 5000), new StreamProperties.Replays(200, 250)));

        @Test
        void doubles_from_one_second_with_at_most_a_fifth_of_jitter() {
            assertThat(dispatcher.backoffMs(1)).isBetween(1000L, 1200L);
            assertThat(dispatcher.backoffMs(2)).isBetween(2000L, 2400L);
            assertThat(dispatcher.backoffMs(4)).isBetween(8000L, 9600L);
        }

        @Test
        void stops_growing_at_the_ceiling_however_many_attempts() {
            assertThat(dispatcher.backoffMs(7)).isBetween(60_000L, 72_000L);
            assertThat(dispatcher.backoffMs(20)).isBetween(60_000L, 72_000L);
            assertThat(dispatcher.backoffMs(500)).isBetween(60_000L, 72_000L);
        }
    }
}
