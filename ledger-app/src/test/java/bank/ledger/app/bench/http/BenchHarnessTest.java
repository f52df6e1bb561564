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
}
