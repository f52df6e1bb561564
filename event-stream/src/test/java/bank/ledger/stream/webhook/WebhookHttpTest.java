package bank.ledger.stream.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * The delivery client connects to the address the target check passed, from the one lookup it made
 * (no second lookup a rebinding DNS server could answer differently), and sends the registered name as Host.
 * The "DNS" is a lookup function: {@code hook.example} answers whatever the test says.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WebhookHttpTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private final List<String> hostHeaders = new CopyOnWriteArrayList<>();
    private final AtomicInteger lookups = new AtomicInteger();
    private volatile InetAddress[] answer;
    private HttpServer receiver;

    @BeforeEach
    void receiver() throws Exception {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/", exchange -> {
            hostHeaders.add(exchange.getRequestHeaders().getFirst("Host"));
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stop() {
        receiver.stop(0);
    }

    @Test
    void the_connection_goes_to_the_checked_address_under_the_registered_name() throws Exception {
        answer = new InetAddress[] {InetAddress.getByName("127.0.0.1")};
        try (WebhookHttp http = new WebhookHttp(targets(List.of("127.0.0.0/8")), TIMEOUT, 4)) {
            int status = http.post(hook(), Map.of("X-Test", "1"), "{}").get(20, TimeUnit.SECONDS);

            assertThat(status).isEqualTo(204);
            assertThat(hostHeaders).containsExactly("hook.example:" + port());
            assertThat(lookups).as("one lookup: the checked answer is the one connected to").hasValue(1);
        }
    }

    @Test
    void a_name_that_resolves_inside_the_network_is_never_connected_to() {
        answer = new InetAddress[] {address("127.0.0.1")}; // loopback, and nothing allowed
        try (WebhookHttp http = new WebhookHttp(targets(List.of()), TIMEOUT, 4)) {
            assertThatThrownBy(() -> http.post(hook(), Map.of(), "{}").get(20, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class).cause().isInstanceOf(UnknownHostException.class)
                    .hasMessageContaining("special-purpose");
            assertThat(hostHeaders).isEmpty();
        }
    }

    @Test
    void a_literal_address_is_checked_at_the_connect_too() {
        try (WebhookHttp http = new WebhookHttp(targets(List.of()), TIMEOUT, 4)) {
            URI literal = URI.create("http://127.0.0.1:" + port() + "/hook");
            assertThatThrownBy(() -> http.post(literal, Map.of(), "{}").get(20, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class).hasMessageContaining("special-purpose");
            assertThat(hostHeaders).isEmpty();
        }
    }

    @Test
    void a_name_rebound_after_registration_is_refused_at_delivery() throws Exception {
        WebhookTargets targets = targets(List.of("127.0.0.0/8"));
        answer = new InetAddress[] {address("93.184.216.34")};
        assertThat(targets.refusal(hook())).as("registration sees a public address").isNull();

        answer = new InetAddress[] {address("169.254.169.254")};
        try (WebhookHttp http = new WebhookHttp(targets, TIMEOUT, 4)) {
            assertThatThrownBy(() -> http.post(hook(), Map.of(), "{}").get(20, TimeUnit.SECONDS))
                    .hasMessageContaining("169.254.169.254");
        }
    }

    private WebhookTargets targets(List<String> allowed) {
        return new WebhookTargets(allowed, host -> {
            if (!host.equals("hook.example")) {
                return InetAddress.getAllByName(host); // literals only in these tests: no DNS query
            }
            lookups.incrementAndGet();
            return answer.clone();
        });
    }

    private URI hook() {
        return URI.create("http://hook.example:" + port() + "/hook");
    }

    private int port() {
        return receiver.getAddress().getPort();
    }

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
