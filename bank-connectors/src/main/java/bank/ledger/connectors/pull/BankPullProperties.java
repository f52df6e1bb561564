package bank.ledger.connectors.pull;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Bank pulls ({@code ledger.bank-pulls.*}, docs/configuration.md "Bank pulls"). Defaults here and nowhere else.
 *
 * @param credentialKeys      keys sealing the connections' credentials, {@code <id>:<base64 of 32 bytes>}; the first
 *                            seals, all open (rotation as for the webhook keys); none: connections cannot be created
 * @param tickMs              how often a node looks for due connections (one node at a time, under the job lease)
 * @param tickBudgetMs        a tick starts no pull after this long (keep it well under ledger.jobs.lease-ms)
 * @param connectionsPerTick  at most this many due connections are pulled in one tick (the rest in the next)
 * @param intervalMinMs       the shortest schedule interval a connection may have
 * @param connectTimeoutMs    connecting to the bank (TCP, TLS, SSH handshake and authentication)
 * @param readTimeoutMs       one read, one SFTP request, or a whole HTTPS response
 * @param filesPerPullMax     SFTP: remote files fetched in one pull (the rest in the next)
 * @param fileBytesMax        a remote file or an HTTPS response larger than this is not taken
 * @param listEntriesMax      SFTP: directory entries read in one listing
 * @param backoffBaseMs       after the first failure the next try is this far away, doubling per failure in a row
 * @param backoffMaxMs        ... up to this (never later than the schedule's own next run)
 * @param lookbackDays        API: the first pull asks for the booked transactions of this many days back
 * @param trustStore          API: a PKCS#12 or JKS trust store (path) the bank's certificate must chain to; empty: the JDK's CAs
 * @param trustStorePassword  its password (may be empty)
 */
@ConfigurationProperties("ledger.bank-pulls")
public record BankPullProperties(List<String> credentialKeys, Long tickMs, Long tickBudgetMs, Integer connectionsPerTick, Long intervalMinMs,
                                 Long connectTimeoutMs, Long readTimeoutMs, Integer filesPerPullMax, Long fileBytesMax,
                                 Integer listEntriesMax, Long backoffBaseMs, Long backoffMaxMs, Integer lookbackDays,
                                 String trustStore, String trustStorePassword) {
    public BankPullProperties {
        credentialKeys = credentialKeys == null ? List.of() : List.copyOf(credentialKeys);
        tickMs = positive(tickMs, 10_000L, "tick-ms");
        tickBudgetMs = positive(tickBudgetMs, 300_000L, "tick-budget-ms");
        connectionsPerTick = (int) positive(connectionsPerTick == null ? null : connectionsPerTick.longValue(), 20L,
                "connections-per-tick");
        intervalMinMs = positive(intervalMinMs, 60_000L, "interval-min-ms");
        connectTimeoutMs = positive(connectTimeoutMs, 10_000L, "connect-timeout-ms");
        readTimeoutMs = positive(readTimeoutMs, 30_000L, "read-timeout-ms");
        filesPerPullMax = (int) positive(filesPerPullMax == null ? null : filesPerPullMax.longValue(), 20L, "files-per-pull-max");
        fileBytesMax = positive(fileBytesMax, 50L * 1024 * 1024, "file-bytes-max");
        listEntriesMax = (int) positive(listEntriesMax == null ? null : listEntriesMax.longValue(), 1_000L, "list-entries-max");
        backoffBaseMs = positive(backoffBaseMs, 60_000L, "backoff-base-ms");
        backoffMaxMs = positive(backoffMaxMs, 3_600_000L, "backoff-max-ms");
        lookbackDays = (int) positive(lookbackDays == null ? null : lookbackDays.longValue(), 7L, "lookback-days");
        trustStore = trustStore == null ? "" : trustStore.strip();
        trustStorePassword = trustStorePassword == null ? "" : trustStorePassword;
        if (backoffMaxMs < backoffBaseMs) {
            throw new IllegalArgumentException("ledger.bank-pulls.backoff-max-ms must be at least backoff-base-ms");
        }
        if (fileBytesMax > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("ledger.bank-pulls.file-bytes-max must be below 2 GB");
        }
    }

    private static long positive(Long value, long defaultValue, String name) {
        long resolved = value == null ? defaultValue : value;
        if (resolved <= 0) {
            throw new IllegalArgumentException("ledger.bank-pulls." + name + " must be positive");
        }
        return resolved;
    }
}
