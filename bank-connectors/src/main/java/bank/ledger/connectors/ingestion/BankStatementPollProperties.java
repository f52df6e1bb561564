package bank.ledger.connectors.ingestion;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The folder channel ({@code ledger.statements.poll.*}, docs/configuration.md "Bank statements:
 * ingestion"): the folder (empty: the channel is off), how often it is read, and the built-in CSV
 * profile its CSV files are read with. Defaults here and nowhere else.
 */
@ConfigurationProperties("ledger.statements.poll")
public record BankStatementPollProperties(String folder, Long intervalMs, String csvProfile) {
    public BankStatementPollProperties {
        folder = folder == null ? "" : folder.strip();
        intervalMs = intervalMs == null ? 10_000L : intervalMs;
        csvProfile = csvProfile == null || csvProfile.isBlank() ? "generic" : csvProfile.strip();
        if (intervalMs <= 0) {
            throw new IllegalArgumentException("ledger.statements.poll.interval-ms must be positive");
        }
    }

    public boolean enabled() {
        return !folder.isEmpty();
    }
}
