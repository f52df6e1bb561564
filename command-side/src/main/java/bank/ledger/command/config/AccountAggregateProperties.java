package bank.ledger.command.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The account aggregate: a snapshot every {@code snapshotEveryEvents} events, at most
 * {@code cacheEntriesMax} accounts kept in memory between commands (least recently used leave first).
 */
@ConfigurationProperties("ledger.accounts")
public record AccountAggregateProperties(@DefaultValue("100") int snapshotEveryEvents,
                                         @DefaultValue("100000") long cacheEntriesMax) {
    public AccountAggregateProperties {
        AggregatesConfiguration.requirePositive("ledger.accounts", snapshotEveryEvents, cacheEntriesMax);
    }
}
