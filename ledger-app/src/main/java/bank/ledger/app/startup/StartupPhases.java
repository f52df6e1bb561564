package bank.ledger.app.startup;

import java.lang.management.ManagementFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationContextInitializedEvent;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.context.event.ApplicationStartingEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;

/**
 * Where the start-up time goes: one INFO line per phase as it ends, then {@code started in N ms (phases: …)}
 * when the application is ready (docs/benchmarks.md, "Start-up"). The phases: the JVM until Spring starts;
 * the environment (config files); the embedded servers (dev) and the context's creation; the context's
 * preparation; the component scan, auto-configuration and beans until the migration; Flyway; the other beans; the lifecycle start until the web
 * server listens (Axon's event processors); the rest of the lifecycle; the runners (bootstrap users).
 * Registered in META-INF/spring.factories to see the first events, ordered just after logging's set-up and
 * before the embedded servers start; it puts itself in the context as a bean, so that
 * StartupPhasesConfiguration can mark the migration and the lifecycle start. A few clock reads: always on.
 */
public class StartupPhases implements ApplicationListener<ApplicationEvent>, Ordered {
    static final String BEAN_NAME = "ledgerStartupPhases";
    private static final Logger log = LoggerFactory.getLogger(StartupPhases.class);
    private StartupTimeline timeline;
    private int logged;

    @Override
    public synchronized void onApplicationEvent(ApplicationEvent event) {
        if (event instanceof ApplicationStartingEvent) {
            timeline = new StartupTimeline(ManagementFactory.getRuntimeMXBean().getStartTime());
            logged = 0;
            mark("JVM until Spring starts");
        } else if (timeline == null) {
            return; // a context of its own (a test's), not an application start
        } else if (event instanceof ApplicationEnvironmentPreparedEvent) {
            mark("environment");
        } else if (event instanceof ApplicationContextInitializedEvent initialized) {
            mark("embedded servers (dev) and context creation");
            initialized.getApplicationContext().getBeanFactory().registerSingleton(BEAN_NAME, this);
        } else if (event instanceof ApplicationPreparedEvent) {
            mark("context prepared");
        } else if (event instanceof WebServerInitializedEvent server
                && server.getApplicationContext().getServerNamespace() == null) { // not a management port's
            mark("lifecycle until the web server listens (Axon processors)");
        } else if (event instanceof ApplicationStartedEvent) {
            mark("rest of the lifecycle");
        } else if (event instanceof ApplicationReadyEvent) {
            mark("runners (bootstrap users)");
            log.info(timeline.summary());
            timeline = null;
        }
    }

    /** The phase called {@code name} ends now; it began where the previous one ended. */
    synchronized void mark(String name) {
        if (timeline != null) {
            timeline.mark(name, System.currentTimeMillis());
            logPending();
        }
    }

    /** Logging is set up at the environment's event, just before this listener: earlier phases wait for it. */
    private void logPending() {
        if (logged == 0 && timeline.phases().size() < 2) {
            return;
        }
        var phases = timeline.phases();
        for (; logged < phases.size(); logged++) {
            log.info("start-up phase: {}", phases.get(logged));
        }
    }

    @Override
    public int getOrder() {
        return LoggingApplicationListener.DEFAULT_ORDER + 1;
    }
}
