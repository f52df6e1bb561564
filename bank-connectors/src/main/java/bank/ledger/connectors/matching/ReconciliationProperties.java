package bank.ledger.connectors.matching;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The reconciliation engine's settings ({@code ledger.reconciliation.*}), defaults here and nowhere else
 * (docs/configuration.md "Reconciliation"): the rules in order, their parameters, the tolerated
 * difference per currency ({@link ReconciliationTolerance}), how often the engine, the suspense job and
 * the claim sweep run, and how long a line waits before suspense and a claim before it is given back.
 */
@ConfigurationProperties("ledger.reconciliation")
public record ReconciliationProperties(List<String> rules, Integer dateWindowDays, BigDecimal toleranceMajor,
                                       Map<String, Long> toleranceMinor, Integer tolerancePercent,
                                       Integer similarityWindowDays, Integer similarityMinPercent, Long intervalMs,
                                       Integer linesPerPass, Duration suspenseAfter, Long suspenseIntervalMs,
                                       Duration claimTimeout, Long claimSweepIntervalMs) {
    public ReconciliationProperties {
        rules = rules == null ? List.of("reference", "tolerance", "amount-date", "similarity") : List.copyOf(rules);
        dateWindowDays = atLeast(dateWindowDays, 3, 0, "date-window-days");
        toleranceMajor = toleranceMajor == null ? new BigDecimal("5") : toleranceMajor;
        toleranceMinor = toleranceMinor == null ? Map.of() : Map.copyOf(toleranceMinor);
        tolerancePercent = atLeast(tolerancePercent, 1, 0, "tolerance-percent");
        similarityWindowDays = atLeast(similarityWindowDays, 10, 0, "similarity-window-days");
        similarityMinPercent = atLeast(similarityMinPercent, 50, 0, "similarity-min-percent");
        intervalMs = positive(intervalMs, 1000L, "interval-ms");
        linesPerPass = atLeast(linesPerPass, 2000, 1, "lines-per-pass");
        suspenseAfter = suspenseAfter == null ? Duration.ofDays(3) : suspenseAfter;
        suspenseIntervalMs = positive(suspenseIntervalMs, 60_000L, "suspense-interval-ms");
        claimTimeout = claimTimeout == null ? Duration.ofMinutes(10) : claimTimeout;
        claimSweepIntervalMs = positive(claimSweepIntervalMs, 60_000L, "claim-sweep-interval-ms");
        if (rules.isEmpty() || suspenseAfter.isNegative() || claimTimeout.isNegative()) {
            throw new IllegalArgumentException("ledger.reconciliation: rules must name at least one rule, "
                    + "suspense-after and claim-timeout must not be negative");
        }
    }

    /** All defaults (the unit tests' engine). */
    public static ReconciliationProperties defaults() {
        return new ReconciliationProperties(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** The tolerated difference, per currency; refuses an override for something that is not a currency. */
    public ReconciliationTolerance tolerance() {
        return new ReconciliationTolerance(toleranceMajor, toleranceMinor, tolerancePercent);
    }

    private static int atLeast(Integer value, int fallback, int min, String key) {
        int chosen = value == null ? fallback : value;
        if (chosen < min) {
            throw new IllegalArgumentException("ledger.reconciliation." + key + " must be at least " + min);
        }
        return chosen;
    }

    private static long positive(Long value, long fallback, String key) {
        long chosen = value == null ? fallback : value;
        if (chosen <= 0) {
            throw new IllegalArgumentException("ledger.reconciliation." + key + " must be positive");
        }
        return chosen;
    }
}
