package bank.ledger.projections.admin;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The processors that get a lag gauge ({@code ledger.projection.lag-gauges}, see {@link ProjectionLagMetrics}). */
@ConfigurationProperties("ledger.projection")
public record ProjectionLagProperties(
        @DefaultValue({"account-balances", "journal-entries", "account-lines", "hot-accounts"}) List<String> lagGauges) {
    public ProjectionLagProperties {
        lagGauges = List.copyOf(lagGauges);
    }
}
