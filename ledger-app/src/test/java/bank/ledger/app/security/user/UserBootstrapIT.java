package bank.ledger.app.security.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bank.ledger.app.security.LedgerSecurityProperties;
import bank.ledger.app.security.access.Role;
import bank.ledger.app.support.LedgerIntegrationTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.env.MockEnvironment;

/** What start-up does about users, run against the real database with a chosen profile and settings. */
class UserBootstrapIT extends LedgerIntegrationTest {
    @Autowired
    UserStore users;
    @Autowired
    Passwords passwords;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    LedgerSecurityProperties configured;

    private UserBootstrap bootstrap(String profile, String adminName, String adminPassword) {
        MockEnvironment environment = new MockEnvironment();
        environment.setActiveProfiles(profile);
        LedgerSecurityProperties properties = new LedgerSecurityProperties(configured.jwt(), configured.session(),
                new LedgerSecurityProperties.BootstrapAdmin(adminName, adminPassword), "dev-password", List.of());
        return new UserBootstrap(users, passwords, new PasswordPolicy(), properties, environment);
    }

    private static String fresh(String prefix) {
        return (prefix + "-" + UUID.randomUUID()).substring(0, 30);
    }

    @Nested
    class OutsideTheDevProfile {
        @Test
        void a_database_with_dev_seeded_users_refuses_to_start() {
            String seeded = fresh("seeded");
            users.create(new UserAccount(seeded, passwords.hash("dev-password"), Role.AUDITOR,
                    UserAccount.Kind.PERSON, true, true, null, "dev-profile"));
            try {
                assertThatThrownBy(() -> bootstrap("external", null, null).run(new DefaultApplicationArguments()))
                        .isInstanceOf(IllegalStateException.class).hasMessageContaining(seeded);
                assertThatThrownBy(() -> bootstrap("external", null, null).refuseDevUsers())
                        .isInstanceOf(IllegalStateException.class).hasMessageContaining(seeded);
            } finally {
                jdbc.update("delete from app_user where username = ?", seeded);
            }
        }

        @Test
        void the_bootstrap_administrator_may_not_have_a_short_a_common_or_the_dev_password() {
            String name = fresh("boss");
            assertThatThrownBy(() -> bootstrap("external", name, "short-password").createBootstrapAdmin())
                    .isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> bootstrap("external", name, "dev-password").createBootstrapAdmin())
                    .isInstanceOf(IllegalStateException.class);
            assertThatThrownBy(() -> bootstrap("external", name, "Password12345678!").createBootstrapAdmin())
                    .isInstanceOf(IllegalStateException.class);
            assertThat(users.find(name)).isEmpty();
        }

        @Test
        void the_bootstrap_administrator_is_created_once_and_never_overwritten() {
            String name = fresh("boss");
            bootstrap("external", name, "a-long-enough-password-1").createBootstrapAdmin();
            String firstHash = users.find(name).orElseThrow().passwordHash();
            bootstrap("external", name, "another-long-password-2").createBootstrapAdmin();

            assertThat(users.find(name).orElseThrow().role()).isEqualTo(Role.ADMIN);
            assertThat(users.find(name).orElseThrow().passwordHash()).isEqualTo(firstHash);
        }
    }

    @Nested
    class InTheDevProfile {
        @Test
        void one_user_per_role_exists_with_the_dev_password() {
            boolean seededBefore = !users.devSeededUsers().isEmpty();
            try {
                bootstrap("dev", null, null).run(new DefaultApplicationArguments());

                for (Role role : Role.values()) {
                    UserAccount user = users.find(role.label()).orElseThrow();
                    assertThat(user.role()).isEqualTo(role);
                    assertThat(user.devSeeded()).isTrue();
                    assertThat(passwords.matches("dev-password", user.passwordHash())).isTrue();
                }
            } finally {
                if (!seededBefore) { // the external run's database must not keep users with a known password
                    jdbc.update("delete from app_user where dev_seeded");
                }
            }
        }
    }
}
