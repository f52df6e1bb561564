package bank.ledger.projections.chain;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Gauges {@code ledger.chain.lag.events} and {@code ledger.chain.lag.seconds} (Prometheus
 * {@code ledger_chain_lag_events}, {@code ledger_chain_lag_seconds}): stored events not chained yet and
 * the age of the oldest. Read at scrape time from PostgreSQL; NaN when the database does not answer.
 */
@Component
@Profile("projections")
public class ChainMetrics implements MeterBinder {
    private final ChainHead head;

    public ChainMetrics(ChainHead head) {
        this.head = head;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("ledger.chain.lag.events", () -> read(true))
                .description("events stored but not yet in the hash chain").register(registry);
        Gauge.builder("ledger.chain.lag.seconds", () -> read(false))
                .description("age of the oldest event not yet in the hash chain").register(registry);
    }

    private double read(boolean events) {
        try {
            ChainHead.Status status = head.status();
            return events ? status.eventsNotChained() : status.lagSeconds();
        } catch (RuntimeException databaseDown) {
            return Double.NaN;
        }
    }
}
