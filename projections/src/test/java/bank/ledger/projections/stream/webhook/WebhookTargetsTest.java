package bank.ledger.projections.stream.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Literal addresses only, so that no test depends on a DNS answer. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WebhookTargetsTest {
    private final WebhookTargets none = new WebhookTargets(List.of());

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1/x", "http://10.1.2.3/x", "http://172.16.0.1/x", "http://192.168.1.1/x",
            "http://169.254.169.254/latest/meta-data", "http://100.64.0.1/x", "http://0.0.0.0/x", "http://[::1]/x",
            "http://[fd00::1]/x", "http://[fe80::1]/x", "http://224.0.0.1/x"})
    void an_address_inside_the_ledgers_network_is_refused(String url) {
        assertThat(none.refusal(URI.create(url))).contains("inside the ledger's network");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://93.184.216.34/hook", "https://[2606:4700:4700::1111]/hook", "http://100.128.0.1/x"})
    void a_public_address_is_allowed(String url) {
        assertThat(none.refusal(URI.create(url))).isNull();
    }

    @Test
    void an_allowed_range_opens_that_range_only() {
        WebhookTargets loopback = new WebhookTargets(List.of("127.0.0.0/8", "::1/128"));

        assertThat(loopback.refusal(URI.create("http://127.0.0.9:8080/x"))).isNull();
        assertThat(loopback.refusal(URI.create("http://[::1]/x"))).isNull();
        assertThat(loopback.refusal(URI.create("http://10.0.0.1/x"))).isNotNull();
    }

    @Test
    void a_malformed_range_stops_the_start() {
        assertThatThrownBy(() -> new WebhookTargets(List.of("10.0.0.0/33"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WebhookTargets(List.of("10.0.0.0/x"))).isInstanceOf(IllegalArgumentException.class);
    }
}
