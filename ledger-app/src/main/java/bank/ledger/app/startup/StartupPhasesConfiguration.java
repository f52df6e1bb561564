package bank.ledger.app.startup;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Marks the Flyway migration in the start-up phases (StartupPhases). */
@Configuration(proxyBeanMethods = false)
class StartupPhasesConfiguration {
    @Bean
    FlywayMigrationStrategy timedMigration(ObjectProvider<StartupPhases> phases) {
        return flyway -> {
            phases.ifAvailable(p -> p.mark("context until the migration"));
            flyway.migrate();
            phases.ifAvailable(p -> p.mark("Flyway migration"));
        };
    }
}
