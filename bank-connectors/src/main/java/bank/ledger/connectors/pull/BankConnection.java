package bank.ledger.connectors.pull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A connection as stored, less its credentials (sealed apart, see {@link BankConnections#credentials}), and
 * as the API answers it: {@code credentialsSet} names which credentials are held, never their values.
 */
public record BankConnection(String id, Kind kind, String host, Integer port, String username, String path,
                             String processedPath, String hostKeyFingerprint, String url, String accountId,
                             String format, String caCertificate, String schedule, boolean enabled, List<String> credentialsSet,
                             Instant createdAt, Instant updatedAt, Instant lastRunAt, String lastOutcome,
                             String lastError, Instant lastSuccessAt, Integer lastImported, int consecutiveFailures,
                             Instant nextRunAt, LocalDate bookedUntil) {

    /** How the statements are fetched. */
    public enum Kind { SFTP, API }

    /** What a run's outcome is stored as. */
    public static final String SUCCEEDED = "SUCCEEDED";
    public static final String FAILED = "FAILED";
}
