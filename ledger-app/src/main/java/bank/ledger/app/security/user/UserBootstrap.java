package bank.ledger.app.security.user;

import bank.ledger.app.security.LedgerSecurityProperties;
import bank.ledger.app.security.access.Role;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Who exists at first start. The dev profile seeds one user per role with a shared, well-known password;
 * outside the dev profile the application refuses to start while any such user exists, so a database
 * that ever ran in dev can never serve production. The first administrator comes from
 * {@code ledger.security.bootstrap-admin.*}: created once, when no user of that name exists; afterwards
 * the setting is inert (its password is never updated from configuration), and should be removed.
 */
@Component
class UserBootstrap implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(UserBootstrap.class);
    private final UserStore users;
    private final Passwords passwords;
    private final PasswordPolicy policy;
    private final LedgerSecurityProperties properties;
    private final boolean dev;

    UserBootstrap(UserStore users, Passwords passwords, PasswordPolicy policy, LedgerSecurityProperties properties,
                  Environment environment) {
        this.users = users;
        this.passwords = passwords;
        this.policy = policy;
        this.properties = properties;
        this.dev = environment.acceptsProfiles(Profiles.of("dev"));
    }

    @Override
    public void run(ApplicationArguments args) {
        if (dev) {
            seedDevUsers();
        } else {
            refuseDevUsers();
        }
        createBootstrapAdmin();
    }

    void refuseDevUsers() {
        List<String> seeded = users.devSeededUsers();
        if (!seeded.isEmpty()) {
            throw new IllegalStateException("refusing to start outside the dev profile: this database holds "
                    + "dev users with a well-known password " + seeded + "; use a fresh database");
        }
    }

    void seedDevUsers() {
        String password = properties.devPassword();
        for (Role role : Role.values()) {
            if (users.find(role.label()).isEmpty()) {
                users.create(new UserAccount(role.label(), passwords.hash(password), role, UserAccount.Kind.PERSON,
                        true, true, null, "dev-profile"));
            }
        }
        log.warn("dev profile: users {} exist with the dev password (LEDGER_DEV_PASSWORD)",
                java.util.Arrays.stream(Role.values()).map(Role::label).toList());
    }

    void createBootstrapAdmin() {
        LedgerSecurityProperties.BootstrapAdmin admin = properties.bootstrapAdmin();
        boolean configured = admin != null && admin.username() != null && !admin.username().isBlank();
        if (!configured) {
            if (!users.anyEnabledAdmin()) {
                log.warn("no administrator exists and ledger.security.bootstrap-admin.username is not set: "
                        + "nobody can manage users");
            }
            return;
        }
        if (users.find(admin.username()).isPresent()) {
            return;
        }
        String password = admin.password() == null ? "" : admin.password();
        int lengthMin = LedgerSecurityProperties.BootstrapAdmin.PASSWORD_LENGTH_MIN;
        if (password.length() < lengthMin || password.equals(properties.devPassword())
                || password.equals("dev-password") || policy.weakness(admin.username(), password) != null) {
            throw new IllegalStateException("refusing to create the bootstrap administrator: its password must have "
                    + "at least " + lengthMin + " characters, differ from the dev password and "
                    + "pass the password policy (not common, not the username)");
        }
        users.create(new UserAccount(admin.username(), passwords.hash(password), Role.ADMIN, UserAccount.Kind.PERSON,
                true, false, null, "bootstrap"));
        log.info("created the bootstrap administrator {}", admin.username());
    }
}
