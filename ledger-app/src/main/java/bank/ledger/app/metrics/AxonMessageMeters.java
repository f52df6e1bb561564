package bank.ledger.app.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.config.MessageMonitorFactory;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.messaging.Message;
import org.axonframework.monitoring.MessageMonitor;
import org.axonframework.monitoring.NoOpMessageMonitor;

/**
 * The Axon meters the dashboard reads (deploy/grafana/dashboards/ledger-overview.json), each resolved once per
 * payload type or processor. Axon's dimensional monitors (axon-micrometer) built a tagged timer and five counters
 * and looked them up in the registry for every message of every processor: a fifth of the JVM's samples under
 * write load (docs/benchmarks.md, "Edge and framework costs"). Same names and tags as Axon's, so panels and
 * queries are unchanged: {@code commandBus.successCounter}, {@code commandBus.failureCounter} and
 * {@code commandBus.successTimer} (p50, p95, p99) by {@code payloadType}; {@code eventProcessor.failureCounter}
 * and {@code eventProcessor.latency} (ms between an event's timestamp and its handling, the last one handled)
 * by {@code processorName}. Other components (event bus, query bus) are not measured: nothing reads them.
 */
final class AxonMessageMeters implements MessageMonitorFactory {
    static final String PAYLOAD_TYPE = "payloadType";
    static final String PROCESSOR_NAME = "processorName";

    private final MeterRegistry registry;
    private final Clock clock;

    AxonMessageMeters(MeterRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    @Override
    public MessageMonitor<Message<?>> create(org.axonframework.config.Configuration configuration,
            Class<?> componentType, String componentName) {
        if (CommandBus.class.isAssignableFrom(componentType)) {
            return new CommandMeters(registry);
        }
        if (EventProcessor.class.isAssignableFrom(componentType)) {
            return new ProcessorMeters(registry, clock, componentName);
        }
        return NoOpMessageMonitor.INSTANCE;
    }

    /** Per command payload type: its counters and timer, found in a map keyed by class, made on first use. */
    static final class CommandMeters implements MessageMonitor<Message<?>> {
        private final MeterRegistry registry;
        private final Map<Class<?>, PayloadMeters> byPayload = new ConcurrentHashMap<>();

        CommandMeters(MeterRegistry registry) {
            this.registry = registry;
        }

        @Override
        public MonitorCallback onMessageIngested(Message<?> message) {
            PayloadMeters meters = byPayload.computeIfAbsent(message.getPayloadType(), this::metersOf);
            long startNanos = System.nanoTime();
            return new MonitorCallback() {
                @Override
                public void reportSuccess() {
                    meters.success.increment();
                    meters.successTimer.record(System.nanoTime() - startNanos, TimeUnit.NANOSECONDS);
                }

                @Override
                public void reportFailure(Throwable cause) {
                    meters.failure.increment();
                }

                @Override
                public void reportIgnored() {
                    // a command nobody handles fails at dispatch; nothing is ignored on the command bus
                }
            };
        }

        private PayloadMeters metersOf(Class<?> payloadType) {
            String name = payloadType.getSimpleName();
            return new PayloadMeters(
                    Counter.builder("commandBus.successCounter").tag(PAYLOAD_TYPE, name).register(registry),
                    Counter.builder("commandBus.failureCounter").tag(PAYLOAD_TYPE, name).register(registry),
                    Timer.builder("commandBus.successTimer").tag(PAYLOAD_TYPE, name)
                            .publishPercentiles(0.5, 0.95, 0.99).register(registry));
        }
    }

    private record PayloadMeters(Counter success, Counter failure, Timer successTimer) {
    }

    /** One processor's failure counter and latency gauge, registered once when Axon builds the processor. */
    static final class ProcessorMeters implements MessageMonitor<Message<?>> {
        private final Clock clock;
        private final Counter failure;
        private final AtomicLong latencyMs = new AtomicLong();

        ProcessorMeters(MeterRegistry registry, Clock clock, String processorName) {
            this.clock = clock;
            this.failure = Counter.builder("eventProcessor.failureCounter").tag(PROCESSOR_NAME, processorName)
                    .register(registry);
            Gauge.builder("eventProcessor.latency", latencyMs, AtomicLong::get).tag(PROCESSOR_NAME, processorName)
                    .register(registry);
        }

        @Override
        public MonitorCallback onMessageIngested(Message<?> message) {
            if (message instanceof EventMessage<?> event) {
                latencyMs.set(Math.max(0, clock.millis() - event.getTimestamp().toEpochMilli()));
            }
            return failureCounting;
        }

        private final MonitorCallback failureCounting = new MonitorCallback() {
            @Override
            public void reportSuccess() {
                // successes are the processor's position, read from its token (ledger_projection_lag_events)
            }

            @Override
            public void reportFailure(Throwable cause) {
                failure.increment();
            }

            @Override
            public void reportIgnored() {
                // an event a processor has no handler for: the normal case, not counted
            }
        };
    }
}
