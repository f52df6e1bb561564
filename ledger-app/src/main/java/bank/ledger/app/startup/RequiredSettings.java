package bank.ledger.app.startup;

import bank.ledger.app.security.LedgerSecurityProperties;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * The settings without which the ledger must not start, checked before any bean exists: a bean factory
 * post-processor runs after the configuration is complete (profiles, environment, a test's dynamic
 * properties) and before the first singleton, so before the DataSource, Flyway's migration and Axon. Every
 * missing setting is named at once, one line each (MissingSettingsFailureAnalyzer prints them), instead
 * of the first one as a stack trace after the migration. The dev profile brings its own (ephemeral key,
 * dev webhook key, seeded users), but needs the embedded services, which the production jar does not carry.
 */
@Component
class RequiredSettings implements BeanFactoryPostProcessor, EnvironmentAware {
    static final String EMBEDDED_SERVICES_CLASS = "bank.ledger.app.dev.EmbeddedServices";
    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        List<String> missing = missing(environment, ClassUtils.isPresent(EMBEDDED_SERVICES_CLASS, getClass().getClassLoader()));
        if (!missing.isEmpty()) {
            throw new MissingSettingsException(missing);
        }
    }

    static List<String> missing(Environment environment, boolean embeddedServicesPresent) {
        List<String> missing = new ArrayList<>();
        if (environment.getProperty("ledger.embedded.enabled", Boolean.class, false) && !embeddedServicesPresent) {
            missing.add("ledger.embedded.enabled=true (dev profile): this jar carries no embedded servers "
                    + "(ledger-app-prod.jar); run ledger-app.jar for the dev profile, or use the external profile");
        }
        if (environment.acceptsProfiles(Profiles.of("dev"))) {
            return missing;
        }
        // the same record the security beans bind, read before they exist (one owner of the settings)
        LedgerSecurityProperties security = Binder.get(environment).bind("ledger.security", LedgerSecurityProperties.class)
                .orElse(null);
        LedgerSecurityProperties.Jwt jwt = security == null ? null : security.jwt();
        boolean signs = jwt != null && (jwt.allowEphemeralKey()
                || jwt.keys().stream().anyMatch(key -> !blank(key.privateKey())));
        if (!signs) {
            missing.add("LEDGER_JWT_PRIVATE_KEY (ledger.security.jwt.keys[0].private-key): no JWT signing key; make one "
                    + "with: openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048");
        }
        if (blank(environment.getProperty("ledger.stream.webhooks.secret-keys"))) {
            missing.add("LEDGER_WEBHOOK_SECRET_KEYS (ledger.stream.webhooks.secret-keys): no key sealing webhook "
                    + "secrets; make one with: echo \"k1:$(openssl rand -base64 32)\"");
        }
        LedgerSecurityProperties.BootstrapAdmin admin = security == null ? null : security.bootstrapAdmin();
        int lengthMin = LedgerSecurityProperties.BootstrapAdmin.PASSWORD_LENGTH_MIN;
        if (admin != null && !blank(admin.username())
                && (admin.password() == null || admin.password().length() < lengthMin)) {
            missing.add("LEDGER_BOOTSTRAP_ADMIN_PASSWORD (ledger.security.bootstrap-admin.password): the bootstrap "
                    + "administrator " + admin.username() + " needs a password of at least " + lengthMin
                    + " characters; make one with: openssl rand -base64 24");
        }
        return missing;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
