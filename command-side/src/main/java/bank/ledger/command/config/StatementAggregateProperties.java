package bank.ledger.command.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The bank statement aggregate: a snapshot every {@code snapshotEveryEvents} events (batches, decisions),
 * at most {@code cacheEntriesMax} statements kept in memory (least recently used leave first).
 */
@ConfigurationProperties("ledger.statements")
public record StatementAggregateProperties(@DefaultValue("50") int snapshotEveryEvents,
                                           @DefaultValue("10000") long cacheEntriesMax) {
    public StatementAggregateProperties {
        AggregatesConfiguration.requirePositive("ledger.statements", snapshotEveryEvents, cacheEntriesMax);
    }
}
