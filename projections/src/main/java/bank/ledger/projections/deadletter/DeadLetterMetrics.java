package bank.ledger.projections.deadletter;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.axonframework.springboot.EventProcessorProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Gauge {@code ledger.projections.dead_letters{group}} (Prometheus {@code ledger_projections_dead_letters}):
 * the dead-lettered events of every processing group with a dead-letter queue. Anything above 0 is an
 * alarm: a read model misses those events (and every later event of the same aggregates) until an
 * operator retries or skips them. Counted at scrape time from {@code deadletterentry}; NaN if unreadable.
 */
@Component
@Profile("projections")
public class DeadLetterMetrics implements MeterBinder {
    private final EventProcessorProperties processors;
    private final DeadLetterStore store;

    public DeadLetterMetrics(EventProcessorProperties processors, DeadLetterStore store) {
        this.processors = processors;
        this.store = store;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        processors.getProcessors().forEach((group, settings) -> {
            if (settings.getDlq() != null && settings.getDlq().isEnabled()) {
                Gauge.builder("ledger.projections.dead_letters", () -> count(group)).tag("group", group)
                        .description("events the projection dead-lettered and nobody retried or skipped yet")
                        .register(registry);
            }
        });
    }

    private double count(String group) {
        try {
            return store.count(group);
        } catch (RuntimeException unreadable) {
            return Double.NaN;
        }
    }
}
