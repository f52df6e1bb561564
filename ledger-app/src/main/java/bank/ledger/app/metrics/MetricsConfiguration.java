package bank.ledger.app.metrics;

import bank.ledger.domain.refusal.RefusalCode;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.observation.ObservationPredicate;
import java.time.Clock;
import java.util.List;
import org.axonframework.config.ConfigurerModule;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.server.observation.ServerRequestObservationContext;

/**
 * What the ledger measures beyond the framework's meters, and what it leaves out so one scrape stays small
 * (docs/operations.md, "Read the dashboard"). Counters an alert watches exist at zero from the start: a counter
 * born at its first increment has no earlier sample, so increase() never sees the step (deploy/prometheus/alerts.yml).
 */
@Configuration(proxyBeanMethods = false)
class MetricsConfiguration {
    /** Edge and security codes besides the business refusals (RefusalCode): the ones alerts and panels show. */
    static final List<String> EDGE_CODES = List.of("tooManyRequests", "unauthenticated", "forbidden",
            "bodyTooLarge", "serviceUnavailable", "internalError");

    @Bean
    MeterBinder countersAtZero() {
        return registry -> {
            // incremented by query-side's TrialBalanceController when debits and credits differ
            registry.counter("ledger.trial_balance.unbalanced");
            for (RefusalCode code : RefusalCode.values()) {
                RefusalCounter.counter(registry, code.code());
            }
            EDGE_CODES.forEach(code -> RefusalCounter.counter(registry, code));
        };
    }

    @Bean
    FilterRegistrationBean<RefusalCounter> refusalCounter(MeterRegistry registry) {
        FilterRegistrationBean<RefusalCounter> registration = new FilterRegistrationBean<>(new RefusalCounter(registry));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /**
     * Axon's command and processor meters, resolved once each instead of per message (AxonMessageMeters). The
     * latency is wall-clock time: the system clock, not the domain's Clock bean (which only nodes with the command
     * role define; a query-only node failed to start on it in the cluster run).
     */
    @Bean
    ConfigurerModule axonMessageMeters(MeterRegistry registry) {
        AxonMessageMeters meters = new AxonMessageMeters(registry, Clock.systemUTC());
        return configurer -> configurer.configureMessageMonitor(configuration -> (componentType, componentName) ->
                meters.create(configuration, componentType, componentName));
    }

    /** Request timings for the API only: the actuator's own scrapes and probes are not the ledger's traffic. */
    @Bean
    ObservationPredicate apiRequestsOnly() {
        return (name, context) -> !(context instanceof ServerRequestObservationContext request)
                || !request.getCarrier().getRequestURI().startsWith("/actuator");
    }
}
