package bank.ledger.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.support.LedgerIntegrationTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The Axon series the dashboard reads are scraped after a posting and a refusal, with the tags its panels group
 * by, although Axon's own per-message monitors are off (AxonMessageMeters makes them once per payload type and
 * processor). Every {@code commandBus_}/{@code eventProcessor_} series named in the dashboard must exist.
 */
class AxonMetersIT extends LedgerIntegrationTest {
    private static final Path DASHBOARD = Path.of("..", "deploy", "grafana", "dashboards", "ledger-overview.json");
    private static final Pattern AXON_SERIES = Pattern.compile("\\b((?:commandBus|eventProcessor)_[A-Za-z_]+)");

    @Test
    void a_posting_and_a_refusal_show_in_the_series_the_dashboard_reads() throws IOException {
        String guarded = openAccount("ASSET", "EUR", Map.of("debitsMustNotExceedCredits", true));
        String other = openAccount("LIABILITY", "EUR", Map.of());
        String posted = newId("je-meters");
        assertThat(api.post("/api/v1/journal-entries", entry(posted, List.of(line(other, "DEBIT", "1.00"),
                line(guarded, "CREDIT", "1.00")))).status()).isEqualTo(201);
        assertThat(api.post("/api/v1/journal-entries", entry(newId("je-meters"), List.of(line(guarded, "DEBIT", "9.00"),
                line(other, "CREDIT", "9.00")))).status()).isEqualTo(422);
        awaitEntry(posted, "POSTED");

        String scrape = Awaitility.await().atMost(Duration.ofSeconds(30)).until(
                () -> api.get("/actuator/prometheus").raw(), text -> text.contains("eventProcessor_latency{"));
        List<String> lines = scrape.lines().toList();
        assertThat(lines).anyMatch(l -> l.startsWith("commandBus_successCounter_total{")
                && l.contains("payloadType=\"PostJournalEntry\"") && !l.endsWith(" 0.0"));
        assertThat(lines).anyMatch(l -> l.startsWith("commandBus_failureCounter_total{")
                && l.contains("payloadType=\"PostJournalEntry\"") && !l.endsWith(" 0.0"));
        assertThat(lines).anyMatch(l -> l.startsWith("commandBus_successTimer_seconds{")
                && l.contains("payloadType=\"PostJournalEntry\"") && l.contains("quantile=\"0.99\""));
        assertThat(lines).anyMatch(l -> l.startsWith("eventProcessor_latency{") && l.contains("processorName=\"journal-entries\""));
        assertThat(lines).anyMatch(l -> l.startsWith("eventProcessor_failureCounter_total{")
                && l.contains("processorName=\"journal-entries\""));

        for (String series : dashboardSeries()) {
            assertThat(lines).as("the dashboard reads %s", series).anyMatch(l -> l.startsWith(series));
        }
    }

    @Test
    void axons_per_message_timers_of_the_processors_are_gone() {
        String scrape = api.get("/actuator/prometheus").raw();
        assertThat(scrape).doesNotContain("eventProcessor_allTimer", "eventProcessor_ingestedCounter",
                "eventBus_", "queryBus_");
    }

    private static Set<String> dashboardSeries() throws IOException {
        Set<String> names = new TreeSet<>();
        Matcher matcher = AXON_SERIES.matcher(Files.readString(DASHBOARD));
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        assertThat(names).as("the dashboard's Axon series").hasSizeGreaterThanOrEqualTo(4);
        return names;
    }
}
