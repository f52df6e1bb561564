package bank.ledger.app.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import bank.ledger.app.LedgerApplication;
import bank.ledger.app.dev.EmbeddedServices;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * The external profile without its secrets stops before it touches the database: a fresh database on the
 * embedded PostgreSQL stays empty (no flyway_schema_history), and the failure names every missing setting.
 */
class RequiredSettingsIT {
    private static final boolean EXTERNAL = "external".equals(System.getProperty("spring.profiles.active"));
    private static final String USER = EXTERNAL ? System.getenv().getOrDefault("LEDGER_DB_USER", "postgres") : "postgres";

    @Test
    void the_external_profile_without_its_secrets_stops_before_any_migration_naming_each_missing_setting()
            throws SQLException {
        String server = serverUrl();
        String database = "required_settings_" + UUID.randomUUID().toString().replace("-", "");
        execute(server, "create database " + database);
        String url = server.replaceFirst("/[^/?]*(\\?|$)", "/" + database + "$1");

        Throwable failure = catchThrowable(() -> new SpringApplication(LedgerApplication.class).run(
                "--spring.profiles.active=external", "--server.port=0", "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + USER, "--spring.datasource.password=",
                "--ledger.security.jwt.keys[0].private-key=", "--ledger.stream.webhooks.secret-keys=",
                "--ledger.security.bootstrap-admin.username=admin", "--ledger.security.bootstrap-admin.password=short"));

        FailureAnalysis analysis = new MissingSettingsFailureAnalyzer().analyze(failure);
        assertThat(analysis).as("a start-up refused for missing settings, not another failure: %s", failure).isNotNull();
        assertThat(analysis.getDescription().lines().filter(line -> line.startsWith("  - missing ")))
                .hasSize(3)
                .anySatisfy(line -> assertThat(line).contains("LEDGER_JWT_PRIVATE_KEY", "openssl genpkey"))
                .anySatisfy(line -> assertThat(line).contains("LEDGER_WEBHOOK_SECRET_KEYS"))
                .anySatisfy(line -> assertThat(line).contains("LEDGER_BOOTSTRAP_ADMIN_PASSWORD", "16 characters"));
        try (Connection connection = DriverManager.getConnection(url, USER, "");
             ResultSet history = connection.createStatement().executeQuery(
                     "select to_regclass('public.flyway_schema_history') is null")) {
            assertThat(history.next()).isTrue();
            assertThat(history.getBoolean(1)).as("no migration ran").isTrue();
        } finally {
            execute(server, "drop database if exists " + database + " with (force)");
        }
    }

    /**
     * The suite's own PostgreSQL server: in the external run the one the environment names (starting the
     * embedded servers there would make the tests that probe "am I on embedded services?" think so).
     */
    private static String serverUrl() {
        return EXTERNAL ? System.getenv("LEDGER_DB_URL") : EmbeddedServices.startOnce().jdbcUrl;
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, USER, "")) {
            connection.createStatement().execute(sql);
        }
    }
}
