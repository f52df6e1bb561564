package bank.ledger.app.dev;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * When {@code ledger.embedded.enabled} is true (the dev profile, the tests), starts the embedded
 * services before any bean exists and points the connection properties at them. Runs once the config
 * files are read (a profile's properties decide) and just after logging is set up, so that each service
 * is logged as it starts (an environment post-processor would run before logging, in silence).
 */
public class EmbeddedServicesEnvironment implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {
    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment environment = event.getEnvironment();
        if (!environment.getProperty("ledger.embedded.enabled", Boolean.class, false)) {
            return;
        }
        EmbeddedServices services = EmbeddedServices.startOnce();
        environment.getPropertySources().addFirst(new MapPropertySource("embeddedServices", services.springProperties()));
    }

    @Override
    public int getOrder() {
        return LoggingApplicationListener.DEFAULT_ORDER + 2;
    }
}
