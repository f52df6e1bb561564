package bank.ledger.app.dev;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * When {@code ledger.embedded.enabled} is true (the dev profile, the tests), starts the embedded
 * services before any bean exists and points the connection properties at them. Runs after the
 * config files are read, so a profile's properties decide.
 */
public class EmbeddedServicesEnvironment implements EnvironmentPostProcessor, Ordered {
    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getProperty("ledger.embedded.enabled", Boolean.class, false)) {
            return;
        }
        EmbeddedServices services = EmbeddedServices.startOnce();
        environment.getPropertySources().addFirst(new MapPropertySource("embeddedServices", services.springProperties()));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
