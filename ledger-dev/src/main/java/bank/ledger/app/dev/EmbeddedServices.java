package bank.ledger.app.dev;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.reflect.Field;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.apache.qpid.server.SystemLauncher;
import org.apache.qpid.server.SystemLauncherListener;
import org.apache.qpid.server.model.Broker;
import org.apache.qpid.server.model.Port;
import org.apache.qpid.server.model.SystemConfig;
import org.apache.qpid.server.model.port.AmqpPort;
import org.apache.qpid.server.model.VirtualHost;
import org.apache.qpid.server.model.VirtualHostNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;

/**
 * PostgreSQL 17, Redis and an AMQP 0-9-1 broker (Qpid Broker-J), started once per JVM on random
 * loopback ports, so the dev run and the tests need nothing but a JDK. Real servers, not fakes:
 * the same SQL, protocol and failure modes as production. Each is logged with its address as it starts.
 */
public final class EmbeddedServices {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedServices.class);
    private static volatile EmbeddedServices started;

    public final String jdbcUrl;
    public final int redisPort;
    public final int amqpPort;
    private final EmbeddedPostgres postgres;
    private final EmbeddedRedis redis;
    private final SystemLauncher qpid;
    private final Broker<?> broker;
    private Thread outage;
    private AtomicBoolean outageOver;

    private EmbeddedServices() throws Exception {
        long startedAtMs = System.currentTimeMillis();
        postgres = timed("PostgreSQL 17", () -> EmbeddedPostgres.builder()
                .setPgBinaryResolver(UniversalDarwinBinaries.INSTANCE)
                .setRegisterShutdownHook(false).start(), p -> "127.0.0.1:" + p.getPort());
        jdbcUrl = postgres.getJdbcUrl("postgres", "postgres");
        redisPort = freePort();
        redis = timed("Redis", () -> EmbeddedRedis.start(redisPort), r -> "127.0.0.1:" + redisPort);
        SystemConfig<?>[] system = new SystemConfig<?>[1];
        qpid = new SystemLauncher(new SystemLauncherListener.DefaultSystemLauncherListener() {
            @Override
            public void onContainerResolve(SystemConfig<?> config) {
                system[0] = config;
            }
        });
        broker = timed("AMQP broker (Qpid)", () -> startQpid(qpid, system), b -> "127.0.0.1:" + amqpPortOf(b));
        amqpPort = amqpPortOf(broker);
        withoutQpidShutdownHook(broker);
        log.info("embedded services up in {} ms: postgres {} redis 127.0.0.1:{} amqp 127.0.0.1:{}",
                System.currentTimeMillis() - startedAtMs, jdbcUrl, redisPort, amqpPort);
    }

    /**
     * Starts the services once per JVM. They stop after the application contexts have closed (Spring Boot's
     * shutdown handlers run after its shutdown hook closed them), so a running application never loses its
     * database or broker under it on a normal stop.
     */
    public static synchronized EmbeddedServices startOnce() {
        if (started == null) {
            try {
                EmbeddedServices services = new EmbeddedServices();
                SpringApplication.getShutdownHandlers().add(services::stop);
                started = services;
            } catch (Exception e) {
                throw new IllegalStateException("could not start the embedded services", e);
            }
        }
        return started;
    }

    private interface Start<T> {
        T start() throws Exception;
    }

    /** Starts one service and logs it with its address and the time it took (the dev start-up's first phase). */
    private static <T> T timed(String name, Start<T> start, Function<T, String> address) throws Exception {
        long startedAtMs = System.currentTimeMillis();
        T service = start.start();
        log.info("embedded {} listening on {} (started in {} ms)", name, address.apply(service),
                System.currentTimeMillis() - startedAtMs);
        return service;
    }

    /**
     * Qpid registers a JVM shutdown hook of its own, which stopped the broker while the application was still
     * closing (publishers then logged connection failures): removed, the broker stops in {@link #stop()}, after
     * the context. Reflection on a private field of Qpid's BrokerImpl; if it moves, the hook stays (noisier stop).
     */
    private static void withoutQpidShutdownHook(Broker<?> broker) {
        for (Class<?> type = broker.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field hook = type.getDeclaredField("_shutdownHook");
                hook.setAccessible(true);
                Runtime.getRuntime().removeShutdownHook((Thread) hook.get(broker));
                return;
            } catch (NoSuchFieldException notHere) {
                // a subclass: look further up
            } catch (ReflectiveOperationException | RuntimeException e) {
                log.debug("Qpid's shutdown hook stays: {}", e.toString());
                return;
            }
        }
    }

    private static int amqpPortOf(Broker<?> broker) {
        return broker.getChildren(Port.class).stream()
                .mapToInt(port -> ((AmqpPort<?>) port).getBoundPort()).findFirst().orElseThrow();
    }

    public Map<String, Object> springProperties() {
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", jdbcUrl);
        properties.put("spring.datasource.username", "postgres");
        properties.put("spring.datasource.password", "");
        properties.put("spring.data.redis.host", "127.0.0.1");
        properties.put("spring.data.redis.port", redisPort);
        properties.put("spring.rabbitmq.host", "127.0.0.1");
        properties.put("spring.rabbitmq.port", amqpPort);
        properties.put("spring.rabbitmq.username", "guest");
        properties.put("spring.rabbitmq.password", "guest");
        return properties;
    }

    /**
     * Test hook: an AMQP outage as the ledger sees it. While unavailable, every connection to the broker is
     * closed as soon as it opens (a Qpid virtual host restart would take tens of seconds and empty the
     * in-memory queues, which is the broker's durability, not the ledger's). Queues and messages stay.
     */
    public synchronized void amqpAvailable(boolean available) {
        if (!available && outage == null) {
            VirtualHost<?> host = broker.getChildren(VirtualHostNode.class).iterator().next().getVirtualHost();
            AtomicBoolean over = new AtomicBoolean();
            outageOver = over;
            outage = new Thread(() -> closeConnectionsUntil(host, over), "embedded-amqp-outage");
            outage.setDaemon(true);
            outage.start();
        } else if (available && outage != null) {
            // a flag, not the interrupt: Qpid's connection.delete() swallows an interrupt that lands inside
            // it, and the outage then went on for the rest of the suite
            outageOver.set(true);
            try {
                outage.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            outage = null;
        }
        log.info("embedded AMQP broker {}", available ? "available" : "unavailable");
    }

    private static void closeConnectionsUntil(VirtualHost<?> host, AtomicBoolean over) {
        while (!over.get()) {
            host.getConnections().forEach(connection -> {
                try {
                    connection.delete();
                } catch (RuntimeException alreadyClosing) {
                    // closed meanwhile: that is the point
                }
            });
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The services of this JVM when they were started, else null (the external profile). */
    public static EmbeddedServices startedOrNull() {
        return started;
    }

    private static Broker<?> startQpid(SystemLauncher launcher, SystemConfig<?>[] system) throws Exception {
        ClasspathUrlHandler.install();
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("type", "Memory");
        attributes.put("initialConfigurationLocation",
                EmbeddedServices.class.getClassLoader().getResource("embedded/qpid-config.json").toExternalForm());
        attributes.put("startupLoggedToSystemOut", false);
        attributes.put("context", Map.of("qpid.amqp_port", "0"));
        launcher.startup(attributes);
        return (Broker<?>) system[0].getContainer(Broker.class);
    }

    private void stop() {
        long stoppingAtMs = System.currentTimeMillis();
        redis.stop();
        qpid.shutdown();
        try {
            postgres.close();
        } catch (IOException ignored) {
            // as above
        }
        log.info("embedded services stopped in {} ms", System.currentTimeMillis() - stoppingAtMs);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
