package bank.ledger.app.startup;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationContextInitializedEvent;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.event.ApplicationStartingEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextRefreshedEvent;

/**
 * Where the start-up time goes, logged in one line when the application is ready: the JVM until main, the
 * environment (in dev, the embedded servers), the context until the migration, Flyway, the other beans, the
 * lifecycle start (Axon's event processors, the web server), the runners (bootstrap users). Registered in
 * META-INF/spring.factories to see the first events; it puts itself in the context as a bean, so that
 * StartupPhasesConfiguration can mark the migration's start and end.
 */
public class StartupPhases implements ApplicationListener<ApplicationEvent> {
    static final String BEAN_NAME = "ledgerStartupPhases";
    private static final Logger log = LoggerFactory.getLogger(StartupPhases.class);
    private final List<String> names = new ArrayList<>();
    private final List<Long> endsMs = new ArrayList<>();
    private long jvmStartMs;

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (event instanceof ApplicationStartingEvent) {
            jvmStartMs = ManagementFactory.getRuntimeMXBean().getStartTime();
            mark("JVM until main");
        } else if (event instanceof ApplicationContextInitializedEvent initialized) {
            mark("environment and embedded servers");
            initialized.getApplicationContext().getBeanFactory().registerSingleton(BEAN_NAME, this);
        } else if (event instanceof ContextRefreshedEvent) {
            mark("beans after the migration, then the lifecycle start (Axon processors, web server)");
        } else if (event instanceof ApplicationReadyEvent && jvmStartMs > 0) {
            mark("runners (bootstrap users)");
            log.info("start-up phases: {}; ready {} ms after the JVM started", describe(),
                    System.currentTimeMillis() - jvmStartMs);
        }
    }

    /** The phase called {@code name} ends now; it began where the previous one ended. */
    synchronized void mark(String name) {
        names.add(name);
        endsMs.add(System.currentTimeMillis());
    }

    private synchronized String describe() {
        StringBuilder line = new StringBuilder();
        long beganMs = jvmStartMs;
        for (int i = 0; i < names.size(); i++) {
            line.append(i == 0 ? "" : ", ").append(names.get(i)).append(' ').append(endsMs.get(i) - beganMs).append(" ms");
            beganMs = endsMs.get(i);
        }
        return line.toString();
    }
}
