package bank.ledger.projections.admin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How often a running rebuild logs its progress ({@code ledger.rebuild.progress-log-seconds}). */
@ConfigurationProperties("ledger.rebuild")
public record RebuildProperties(@DefaultValue("5") long progressLogSeconds) {
    public RebuildProperties {
        if (progressLogSeconds < 1) {
            throw new IllegalArgumentException("ledger.rebuild.progress-log-seconds must be >= 1");
        }
    }
}
