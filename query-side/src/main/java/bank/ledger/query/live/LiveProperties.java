package bank.ledger.query.live;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Live balance streams ({@code ledger.live.*}): at most how many server-sent event streams are open at once
 * on this node, and how often each polls its account.
 */
@ConfigurationProperties("ledger.live")
public record LiveProperties(@DefaultValue("200") int streamsMax, @DefaultValue("250") long pollMs) {
    public LiveProperties {
        if (streamsMax < 1) {
            throw new IllegalArgumentException("ledger.live.streams-max must be >= 1");
        }
        if (pollMs < 10) {
            throw new IllegalArgumentException("ledger.live.poll-ms must be >= 10");
        }
    }
}
