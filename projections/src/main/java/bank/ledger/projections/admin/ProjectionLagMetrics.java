package bank.ledger.projections.admin;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Gauge {@code ledger.projection.lag.events{processor}}: events between the head of the event store
 * and each listed processor, for dashboards and alerts (Prometheus: {@code ledger_projection_lag_events}).
 * Read at scrape time; NaN when the processor does not run on this node.
 */
@Component
@Profile("projections")
public class ProjectionLagMetrics implements MeterBinder {
    private final ProcessorAdmin admin;
    private final List<String> processors;

    public ProjectionLagMetrics(ProcessorAdmin admin, ProjectionLagProperties properties) {
        this.admin = admin;
        this.processors = properties.lagGauges();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (String name : processors) {
            Gauge.builder("ledger.projection.lag.events", () -> eventsBehind(name)).tag("processor", name)
                    .description("events recorded but not yet processed by the projection").register(registry);
        }
    }

    private double eventsBehind(String name) {
        try {
            return admin.status(name).eventsBehind();
        } catch (RuntimeException notHere) {
            return Double.NaN;
        }
    }
}
