package bank.ledger.projections.hot;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Retries of projection dead letters ({@code ledger.dead-letters.*}): the processing groups retried, the
 * delay between rounds, and at most how many sequences per group per round.
 */
@ConfigurationProperties("ledger.dead-letters")
public record DeadLetterRetryProperties(@DefaultValue({"hot-accounts", "account-lines"}) List<String> retryGroups,
                                        @DefaultValue("10") long retrySeconds,
                                        @DefaultValue("100") int retryBatch) {
    public DeadLetterRetryProperties {
        retryGroups = List.copyOf(retryGroups);
        if (retrySeconds < 1) {
            throw new IllegalArgumentException("ledger.dead-letters.retry-seconds must be >= 1");
        }
        if (retryBatch < 1) {
            throw new IllegalArgumentException("ledger.dead-letters.retry-batch must be >= 1");
        }
    }
}
