package bank.ledger.app.bench.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** bin/ledger-bench's own parts that need no ledger: its options and its bounded, error-counting loop. */
class BenchHarnessTest {
    private static final String[] PATHS = {"--jar", "app.jar", "--work-dir", "/tmp/w", "--db-url", "jdbc:x",
            "--key-file", "k.pem"};

    private static String[] with(String... more) {
        String[] all = java.util.Arrays.copyOf(PATHS, PATHS.length + more.length);
        System.arraycopy(more, 0, all, PATHS.length, more.length);
        return all;
    }

    @Nested
    class Options {
        @Test
        void the_defaults_are_the_issues_measurement_16_clients_and_2000_accounts() {
            BenchOptions options = BenchOptions.parse(PATHS);

            assertThat(options.clients()).isEqualTo(16);
            assertThat(options.accounts()).isEqualTo(2000);
            assertThat(options.batchSize()).isEqualTo(100);
        }

        @Test
        void smoke_is_tiny_unless_a_size_is_given() {
            assertThat(BenchOptions.parse(with("--smoke")).durationS()).isEqualTo(5);
            assertThat(BenchOptions.parse(with("--smoke", "--clients", "8")).clients()).isEqualTo(8);
        }

        @Test
        void roles_split_needs_shared_servers_and_a_batch_holds_at_most_500() {
            assertThatThrownBy(() -> BenchOptions.parse(with("--embedded", "--roles")))
                    .hasMessageContaining("--roles");
            assertThatThrownBy(() -> BenchOptions.parse(with("--batch-size", "501")))
                    .hasMessageContaining("--batch-size");
            assertThatThrownBy(() -> BenchOptions.parse(with("--clients", "-1"))).hasMessageContaining("--clients");
            assertThatThrownBy(() -> BenchOptions.parse(with("--bogus"))).hasMessageContaining("unknown option");
        }

        @Test
        void rebuild_only_loads_60000_events_by_default_and_compares_only_in_that_mode() {
            BenchOptions options = BenchOptions.parse(with("--rebuild-only", "--compare-jar", "old.jar", "--rounds", "2"));

            assertThat(options.rebuildOnly()).isEqualTo(new BenchOptions.RebuildOnly(60_000,
                    java.nio.file.Path.of("old.jar"), null, 2));
            assertThat(BenchOptions.parse(with("--rebuild-only", "--compare-jvm-options", "-Dx=1")).rebuildOnly()
                    .compareJar()).as("the same jar, other options").isEqualTo(java.nio.file.Path.of("app.jar"));
            assertThat(BenchOptions.parse(PATHS).rebuildOnly()).isNull();
            assertThatThrownBy(() -> BenchOptions.parse(with("--rounds", "2"))).hasMessageContaining("--rebuild-only");
            assertThatThrownBy(() -> BenchOptions.parse(with("--rebuild-only", "--rounds", "11")))
                    .hasMessageContaining("--rounds");
            assertThatThrownBy(() -> BenchOptions.parse(with("--rebuild-only", "--events", "2000001")))
                    .hasMessageContaining("--events");
        }
    }

    @Nested
    class Closed_loop {
        @Test
        void failures_are_counted_apart_from_refusals_and_the_loop_goes_on() throws Exception {
            AtomicInteger calls = new AtomicInteger();
            ClosedLoop.Result result = ClosedLoop.run("mixed", 2, 0, 10_000, 30, () -> switch (calls.incrementAndGet() % 3) {
                case 0 -> throw new IllegalStateException("boom");
                case 1 -> ClosedLoop.Outcome.REFUSED;
                default -> new ClosedLoop.Outcome(5, 0, false);
            });

            assertThat(result.calls()).isEqualTo(60); // bounded by count: 30 per client, long before 10 s
            assertThat(result.errors()).isEqualTo(20);
            assertThat(result.refused()).isEqualTo(20);
            assertThat(result.units()).isEqualTo(100);
        }

        @Test
        void a_loop_ends_at_its_time_whatever_the_count_allows() throws Exception {
            long startNs = System.nanoTime();
            ClosedLoop.Result result = ClosedLoop.run("slow", 1, 0, 200, 1_000_000, () -> {
                Thread.sleep(20);
                return ClosedLoop.Outcome.ONE;
            });

            assertThat((System.nanoTime() - startNs) / 1_000_000).isLessThan(5_000);
            assertThat(result.calls()).isBetween(1L, 11L);
            assertThat(result.p50Ms()).isGreaterThanOrEqualTo(20);
        }
    }

    @Nested
    class Wrk {
        private static final String OUTPUT = """
                Running 10s test @ http://127.0.0.1:8080/actuator/health/liveness
                  2 threads and 16 connections
                  Thread Stats   Avg      Stdev     Max   +/- Stdev
                    Latency     1.23ms    2.00ms  50.00ms   90.00%
                  Latency Distribution
                     50%  850.00us
                     75%    1.50ms
                     90%    2.00ms
                     99%   10.50ms
                  100000 requests in 10.00s, 20.00MB read
                  Non-2xx or 3xx responses: 10
                Requests/sec:  10000.00
                Transfer/sec:      2.00MB
                """;

        @Test
        void a_run_counts_answers_other_than_2xx_as_errors_and_reads_the_percentiles_in_milliseconds() {
            ClosedLoop.Result result = WrkLoad.parse("floor", OUTPUT);

            assertThat(result.calls()).isEqualTo(100_000);
            assertThat(result.errors()).isEqualTo(10);
            assertThat(result.unitsPerSecond()).isCloseTo(9_999.0, org.assertj.core.data.Offset.offset(0.01));
            assertThat(result.p50Ms()).isEqualTo(0.85);
            assertThat(result.p99Ms()).isEqualTo(10.5);
        }

        @Test
        void output_without_a_rate_is_one_error_and_no_figures() {
            ClosedLoop.Result result = WrkLoad.parse("floor", "unable to connect to 127.0.0.1:8080 Connection refused");

            assertThat(result.errors()).isEqualTo(1);
            assertThat(result.unitsPerSecond()).isZero();
        }
    }

    @Nested
    class Lean_client {
        private com.sun.net.httpserver.HttpServer server;

        @org.junit.jupiter.api.BeforeEach
        void start() throws Exception {
            server = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/sized", exchange -> answer(exchange, 200, "{\"n\":1}", false, false));
            server.createContext("/chunked", exchange -> answer(exchange, 201, "x".repeat(20_000), true, false));
            server.createContext("/closing", exchange -> answer(exchange, 503, "busy", false, true));
            server.createContext("/echo", exchange -> answer(exchange, 200,
                    exchange.getRequestHeaders().getFirst("X-Api-Key") + ":"
                            + new String(exchange.getRequestBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8),
                    false, false));
            server.start();
        }

        @org.junit.jupiter.api.AfterEach
        void stop() {
            server.stop(0);
        }

        private void answer(com.sun.net.httpserver.HttpExchange exchange, int status, String body, boolean chunked,
                            boolean close) throws java.io.IOException {
            byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            if (close) {
                exchange.getResponseHeaders().set("Connection", "close");
            }
            exchange.sendResponseHeaders(status, chunked ? 0 : bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        }

        private String base() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        @Test
        void answers_by_length_and_by_chunks_come_whole_on_one_kept_connection() throws Exception {
            BenchHttp http = BenchHttp.anonymous(base());

            assertThat(http.get("/sized")).isEqualTo(new BenchHttp.Answer(200, "{\"n\":1}"));
            assertThat(http.get("/chunked").body()).hasSize(20_000);
            assertThat(http.get("/sized").status()).isEqualTo(200);
        }

        @Test
        void a_post_carries_its_body_and_credential() throws Exception {
            BenchHttp http = BenchHttp.anonymous(base()).withApiKey("lk_key");

            assertThat(http.post("/echo", "{\"id\":\"é\"}").body()).isEqualTo("lk_key:{\"id\":\"é\"}");
        }

        @Test
        void a_connection_the_server_closes_is_opened_again_for_the_next_request() throws Exception {
            BenchHttp http = BenchHttp.anonymous(base());

            assertThat(http.get("/closing").status()).isEqualTo(503);
            assertThat(http.get("/sized").status()).isEqualTo(200);
        }

        @Test
        void no_server_is_an_exception_not_an_answer() {
            server.stop(0);

            assertThatThrownBy(() -> BenchHttp.anonymous(base()).get("/sized")).isInstanceOf(java.io.IOException.class);
        }
    }
}
