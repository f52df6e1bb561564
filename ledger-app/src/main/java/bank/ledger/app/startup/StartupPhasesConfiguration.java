package bank.ledger.app.startup;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Marks the Flyway migration and the lifecycle's start in the start-up phases (StartupPhases). */
@Configuration(proxyBeanMethods = false)
class StartupPhasesConfiguration {
    @Bean
    FlywayMigrationStrategy timedMigration(ObjectProvider<StartupPhases> phases) {
        return flyway -> {
            phases.ifAvailable(p -> p.mark("scan, configuration and beans until the migration"));
            flyway.migrate();
            phases.ifAvailable(p -> p.mark("Flyway migration"));
        };
    }

    /** Starts first of all lifecycle beans: the singletons are all made by then. */
    @Bean
    SmartLifecycle startupPhasesLifecycleMark(ObjectProvider<StartupPhases> phases) {
        return new SmartLifecycle() {
            private volatile boolean running;

            @Override
            public void start() {
                running = true;
                phases.ifAvailable(p -> p.mark("beans after the migration"));
            }

            @Override
            public void stop() {
                running = false;
            }

            @Override
            public boolean isRunning() {
                return running;
            }

            @Override
            public int getPhase() {
                return Integer.MIN_VALUE;
            }
        };
    }
}
