package bank.ledger.command.approval;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Maker-checker ({@code ledger.maker-checker.*}): on or off at start (switchable at run time through
 * {@link MakerChecker}), the posting threshold per currency in minor units ({@code thresholds.EUR=1000000}),
 * the default for unlisted currencies in major units ({@code posting-threshold}, converted with each
 * currency's exponent), how long a held command may wait for approval, and the channels the gate lets
 * through (the reconciliation engine's {@code engine}: see docs/security.md).
 */
@ConfigurationProperties("ledger.maker-checker")
public record MakerCheckerProperties(Boolean enabled, BigDecimal postingThreshold, Map<String, Long> thresholds,
                                     Duration approvalTtl, Set<String> exemptChannels) {
    public MakerCheckerProperties {
        enabled = enabled == null || enabled;
        postingThreshold = postingThreshold == null ? new BigDecimal("10000") : postingThreshold;
        thresholds = thresholds == null ? Map.of() : Map.copyOf(thresholds);
        approvalTtl = approvalTtl == null ? Duration.ofDays(7) : approvalTtl;
        exemptChannels = exemptChannels == null ? Set.of("engine") : Set.copyOf(exemptChannels);
    }
}
