package bank.ledger.connectors.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** {@code ledger chain verify} against a stand-in ledger on a random loopback port. */
class ChainVerifyCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final List<String> asked = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private Map<Long, String> pages = Map.of();
    private int status = 200;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/api/v1/audit/chain/verification", exchange -> {
            String query = exchange.getRequestURI().getQuery();
            asked.add(query);
            authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            long from = Long.parseLong(query.replaceAll(".*fromPosition=(\\d+).*", "$1"));
            byte[] body = pages.getOrDefault(from, "{\"code\":\"nope\"}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private int run(String... args) {
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        return LedgerCli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), Map.of("LEDGER_URL", url, "LEDGER_TOKEN", "t0k"));
    }

    private static String page(long from, long to, boolean ok, Long next, String broken) {
        return "{\"verifiedFrom\":" + from + ",\"verifiedTo\":" + to + ",\"linksChecked\":" + (to - from + 1)
                + ",\"ok\":" + ok + ",\"firstBrokenLink\":" + broken + ",\"headPosition\":5,\"nextFromPosition\":" + next
                + ",\"verifiedToHash\":" + (ok ? "\"" + hash(to) + "\"" : "null") + "}";
    }

    /** The stand-in's hash of link n. */
    private static String hash(long n) {
        return String.format("%064x", n);
    }

    @Nested
    class AnIntactChain {
        @Test
        void every_page_is_asked_in_turn_with_the_token_and_the_exit_code_is_zero() {
            pages = Map.of(1L, page(1, 2, true, 3L, "null"), 3L, page(3, 4, true, 5L, "null"),
                    5L, page(5, 5, true, null, "null"));

            int code = run("chain", "verify", "--limit", "2");

            assertThat(code).isZero();
            assertThat(asked).containsExactly("fromPosition=1&limit=2", "fromPosition=3&limit=2", "fromPosition=5&limit=2");
            assertThat(authorizations).containsOnly("Bearer t0k");
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("chain intact: positions 1..5 verified (5 links)",
                    "hash of link 5: " + hash(5));
        }

        @Test
        void an_anchor_written_down_earlier_is_checked_against_its_link() {
            pages = Map.of(1L, page(1, 5, true, null, "null"), 3L, page(3, 3, true, 4L, "null"));

            assertThat(run("chain", "verify", "--anchor", "3:" + hash(3))).isZero();
            assertThat(asked).containsExactly("fromPosition=1&limit=500", "fromPosition=3&limit=1");
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("anchor holds: link 3");
        }

        @Test
        void verification_starts_where_asked() {
            pages = Map.of(4L, page(4, 5, true, null, "null"));

            assertThat(run("chain", "verify", "--from", "4")).isZero();
            assertThat(asked).containsExactly("fromPosition=4&limit=500");
        }
    }

    @Nested
    class ABrokenChain {
        @Test
        void the_first_broken_link_is_printed_and_the_exit_code_is_three() {
            pages = Map.of(1L, page(1, 2, true, 3L, "null"), 3L, page(3, 3, false, null,
                    "{\"position\":3,\"eventId\":\"ev-3\",\"expectedHash\":\"aa\",\"storedHash\":\"bb\","
                            + "\"reason\":\"payloadChanged\"}"));

            int code = run("chain", "verify", "--limit", "2");

            assertThat(code).isEqualTo(LedgerCli.INVALID);
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("chain BROKEN at position 3: payloadChanged (event ev-3)",
                    "expected hash aa", "stored hash   bb");
        }
    }

    @Nested
    class ARewrittenChain {
        @Test
        void a_chain_that_verifies_but_no_longer_has_the_anchored_hash_is_exit_code_three() {
            pages = Map.of(1L, page(1, 5, true, null, "null"), 3L, page(3, 3, true, 4L, "null"));

            assertThat(run("chain", "verify", "--anchor", "3:" + hash(4))).isEqualTo(LedgerCli.INVALID);
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("chain REWRITTEN: link 3 has hash " + hash(3));
        }
    }

    @Nested
    class Failures {
        @Test
        void a_refused_request_is_reported_with_exit_code_one() {
            status = 401;

            assertThat(run("chain", "verify")).isEqualTo(LedgerCli.UNREADABLE);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains("answered 401");
        }

        @Test
        void a_ledger_that_does_not_answer_is_exit_code_one() {
            server.stop(0);

            assertThat(run("chain", "verify")).isEqualTo(LedgerCli.UNREADABLE);
        }

        @Test
        void bad_options_are_usage_errors() {
            assertThat(run("chain", "verify", "--from", "0")).isEqualTo(LedgerCli.USAGE);
            assertThat(run("chain", "verify", "--limit", "1001")).isEqualTo(LedgerCli.USAGE);
            assertThat(run("chain", "verify", "--url", "ftp://x")).isEqualTo(LedgerCli.USAGE);
            assertThat(run("chain", "verify", "--bogus")).isEqualTo(LedgerCli.USAGE);
            assertThat(run("chain", "verify", "--anchor", "3:abc")).isEqualTo(LedgerCli.USAGE);
            assertThat(asked).isEmpty();
        }
    }
}
