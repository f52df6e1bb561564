package bank.ledger.app.support;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The users the tests speak as. The administrator is the bootstrap administrator the test run configures
 * (a fresh name and password per JVM, so runs against a shared database or Redis never collide); the
 * other roles are created through the API by that administrator, once per run, and log in like anyone.
 */
public final class TestActors {
    public static final String ADMIN_USERNAME = "it-admin-" + UUID.randomUUID().toString().substring(0, 8);
    public static final String ADMIN_PASSWORD = "it-" + UUID.randomUUID();
    /** Keys Redis data of this run apart from other runs sharing the server. */
    public static final String RUN_ID = UUID.randomUUID().toString().substring(0, 8);
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private TestActors() {
    }

    /**
     * An access token of this run's user with the role; logs in once per role and application (each
     * application context of the run has its own signing key; tokens live an hour in tests).
     */
    static String accessToken(Api anonymous, String role) {
        return TOKENS.computeIfAbsent(anonymous.port() + "/" + role, key -> "admin".equals(role)
                ? login(anonymous, ADMIN_USERNAME, ADMIN_PASSWORD) : createAndLogin(anonymous, role));
    }

    /**
     * Forgets every cached token: after Redis lost its data the sessions behind them are gone (a flushed
     * Redis logs everybody out, by design), so the next request of each role logs in again.
     */
    public static void forgetTokens() {
        TOKENS.clear();
    }

    public static String username(String role) {
        return "admin".equals(role) ? ADMIN_USERNAME : "it-" + role + "-" + RUN_ID;
    }

    /** A new session of this run's user with the role (for tests that end sessions). */
    public static String freshToken(Api anonymous, String role) {
        accessToken(anonymous, role); // makes sure the user exists
        return login(anonymous, username(role), password(role));
    }

    public static String password(String role) {
        return "admin".equals(role) ? ADMIN_PASSWORD : "pw-" + RUN_ID + "-" + role + "-" + ADMIN_PASSWORD;
    }

    private static String createAndLogin(Api anonymous, String role) {
        String username = username(role);
        String password = password(role);
        Api admin = anonymous.withToken(accessToken(anonymous, "admin"));
        Api.Response created = admin.post("/api/v1/users",
                Map.of("username", username, "password", password, "role", role));
        if (created.status() != 201 && created.status() != 409) { // 409: created by an earlier context of this run
            throw new AssertionError("creating the " + role + " test user answered " + created.status() + ": "
                    + created.raw());
        }
        return login(anonymous, username, password);
    }

    public static String login(Api anonymous, String username, String password) {
        Api.Response response = anonymous.post("/api/v1/auth/token", Map.of("username", username, "password", password));
        if (response.status() != 200) {
            throw new AssertionError("logging in as " + username + " answered " + response.status() + ": "
                    + response.raw());
        }
        return response.text("accessToken");
    }
}
