package bank.ledger.projections.admin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How often a running rebuild logs its progress ({@code ledger.rebuild.progress-log-seconds}), and how often
 * a node looks for rebuilds requested on other nodes ({@code ledger.rebuild.coordination-interval-ms}).
 */
@ConfigurationProperties("ledger.rebuild")
public record RebuildProperties(@DefaultValue("5") long progressLogSeconds,
                                @DefaultValue("1000") long coordinationIntervalMs) {
    public RebuildProperties {
        if (progressLogSeconds < 1) {
            throw new IllegalArgumentException("ledger.rebuild.progress-log-seconds must be >= 1");
        }
        if (coordinationIntervalMs < 100) {
            throw new IllegalArgumentException("ledger.rebuild.coordination-interval-ms must be >= 100");
        }
    }
}
