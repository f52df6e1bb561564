package bank.ledger.stream.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Literal addresses only, so that no test depends on a DNS answer. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WebhookTargetsTest {
    private final WebhookTargets none = new WebhookTargets(List.of(), InetAddress::getAllByName);

    @Nested
    class Without_an_allow_list {
        /** Every range of the IANA IPv4 special-purpose registry, and multicast, at both ends where it matters. */
        @ParameterizedTest
        @ValueSource(strings = {"http://0.0.0.0/x", "http://0.0.0.1/x", "http://0.255.255.255/x", "http://10.1.2.3/x",
                "http://100.64.0.1/x", "http://100.127.255.255/x", "http://127.0.0.1/x", "http://127.255.255.254/x",
                "http://169.254.169.254/latest/meta-data", "http://172.16.0.1/x", "http://172.31.255.255/x",
                "http://192.0.0.8/x", "http://192.0.2.1/x", "http://192.31.196.1/x", "http://192.52.193.1/x",
                "http://192.88.99.1/x", "http://192.168.1.1/x", "http://192.175.48.1/x", "http://198.18.0.1/x",
                "http://198.19.255.255/x", "http://198.51.100.7/x", "http://203.0.113.9/x", "http://224.0.0.1/x",
                "http://239.255.255.255/x", "http://240.0.0.1/x", "http://255.255.255.255/x"})
        void a_special_purpose_ipv4_address_is_refused(String url) {
            assertThat(none.refusal(URI.create(url))).contains("special-purpose");
        }

        /** The IANA IPv6 special-purpose registry, multicast, and the forms that carry an IPv4 address. */
        @ParameterizedTest
        @ValueSource(strings = {"http://[::]/x", "http://[::1]/x", "http://[::127.0.0.1]/x", "http://[::a00:1]/x",
                "http://[::ffff:127.0.0.1]/x", "http://[::ffff:0:a00:1]/x", "http://[64:ff9b::7f00:1]/x",
                "http://[64:ff9b::808:808]/x", "http://[64:ff9b:1::1]/x", "http://[100::1]/x", "http://[2001::1]/x",
                "http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/x", "http://[2001:1ff:ffff::1]/x", "http://[2001:db8::1]/x",
                "http://[2002:7f00:1::]/x", "http://[2002:808:808::1]/x", "http://[3fff::1]/x", "http://[5f00::1]/x",
                "http://[fc00::1]/x", "http://[fd00::1]/x", "http://[fe80::1]/x", "http://[febf::1]/x",
                "http://[fec0::1]/x", "http://[ff02::1]/x", "http://[fbff::1]/x", "http://[64:ff9c::1]/x"})
        void a_special_purpose_ipv6_address_is_refused(String url) {
            assertThat(none.refusal(URI.create(url))).contains("special-purpose");
        }

        /** curl and browsers read these as 127.0.0.1; the JDK reads some otherwise: none is taken at all. */
        @ParameterizedTest
        @ValueSource(strings = {"http://2130706433/", "http://017700000001/", "http://0177.0.0.1/", "http://127.000.0.1/",
                "http://0x7f000001/"})
        void an_ipv4_address_not_spelled_as_four_decimal_numbers_is_refused(String url) {
            assertThat(none.refusal(URI.create(url))).contains("four decimal numbers");
        }

        @ParameterizedTest
        @ValueSource(strings = {"http://0x7f.1/", "http://127.1/", "http://1.2.3.4./", "http://10.1/", "http://1.2.3/",
                "http://1.2.3.4.5/", "http://0x7f.0x0.0x0.0x1/", "http://[::1%25lo]/x"})
        void a_url_whose_host_the_jdk_cannot_read_is_refused(String url) {
            assertThat(none.refusal(URI.create(url))).isNotNull();
        }

        @ParameterizedTest
        @ValueSource(strings = {"https://93.184.216.34/hook", "https://[2606:4700:4700::1111]/hook", "http://100.128.0.1/x",
                "http://100.63.255.255/x", "http://172.32.0.1/x", "http://172.15.255.255/x", "http://198.17.255.255/x",
                "http://198.20.0.0/x", "http://223.255.255.255/x", "http://[2001:200::1]/x", "http://[2001:4860:4860::8888]/x",
                "http://[2003::1]/x", "http://1.0.0.0/x"})
        void a_public_address_is_allowed(String url) {
            assertThat(none.refusal(URI.create(url))).isNull();
        }
    }

    @Nested
    class With_an_allow_list {
        @Test
        void an_allowed_range_opens_that_range_only() {
            WebhookTargets loopback = new WebhookTargets(List.of("127.0.0.0/8", "::1/128"), InetAddress::getAllByName);

            assertThat(loopback.refusal(URI.create("http://127.0.0.9:8080/x"))).isNull();
            assertThat(loopback.refusal(URI.create("http://[::1]/x"))).isNull();
            assertThat(loopback.refusal(URI.create("http://10.0.0.1/x"))).isNotNull();
        }

        @Test
        void allowing_an_ipv4_range_does_not_open_the_ipv6_forms_that_embed_it() {
            WebhookTargets loopback = new WebhookTargets(List.of("127.0.0.0/8", "::1/128"), InetAddress::getAllByName);

            assertThat(loopback.refusal(URI.create("http://[::127.0.0.1]/x"))).isNotNull();
            assertThat(loopback.refusal(URI.create("http://[64:ff9b::7f00:1]/x"))).isNotNull();
            assertThat(loopback.refusal(URI.create("http://[2002:7f00:1::]/x"))).isNotNull();
        }

        @Test
        void allowing_an_ipv6_form_still_checks_the_ipv4_address_it_embeds() {
            WebhookTargets transition = new WebhookTargets(List.of("2002::/16", "64:ff9b::/96", "2001::/32"), InetAddress::getAllByName);

            assertThat(transition.refusal(URI.create("http://[2002:808:808::1]/x"))).isNull();
            assertThat(transition.refusal(URI.create("http://[2002:a00:1::]/x"))).contains("10.0.0.1");
            assertThat(transition.refusal(URI.create("http://[64:ff9b::808:808]/x"))).isNull();
            assertThat(transition.refusal(URI.create("http://[64:ff9b::a9fe:a9fe]/x"))).contains("169.254.169.254");
            // Teredo: server 65.54.227.120, client 192.0.2.45 (stored inverted): the client is documentation space
            assertThat(transition.refusal(URI.create("http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/x")))
                    .contains("192.0.2.45");
            assertThat(transition.refusal(URI.create("http://[2001:0:4136:e378:8000:63bf:f7f7:f7f7]/x"))).isNull();
        }

        @Test
        void a_malformed_range_stops_the_start() {
            assertThatThrownBy(() -> new WebhookTargets(List.of("10.0.0.0/33"), InetAddress::getAllByName)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new WebhookTargets(List.of("10.0.0.0/x"), InetAddress::getAllByName)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new WebhookTargets(List.of("example.com/8"), InetAddress::getAllByName)).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
