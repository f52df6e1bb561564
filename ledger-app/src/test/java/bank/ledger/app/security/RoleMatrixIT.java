package bank.ledger.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.security.access.EndpointAccess;
import bank.ledger.app.security.access.Role;
import bank.ledger.app.support.Api;
import bank.ledger.app.support.LedgerIntegrationTest;
import bank.ledger.app.support.TestActors;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every endpoint the application serves with every role and with no credentials, and checks each
 * answer against the one table in the code ({@link EndpointAccess}): a permitted call is never 401/403
 * (it may still be 400/404 for the placeholder input), a forbidden one is exactly 403, an anonymous one
 * to a protected endpoint exactly 401. Bodies are empty objects and ids fresh, so nothing is changed.
 */
class RoleMatrixIT extends LedgerIntegrationTest {
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    record Endpoint(String method, String pattern) {
        String concretePath() {
            return pattern.replaceAll("\\{[^}]+}", "m" + UUID.randomUUID().toString().substring(0, 8))
                    .replace("**", "x");
        }
    }

    List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            for (String pattern : info.getPatternValues()) {
                if (pattern.equals("/") || pattern.startsWith("/console")) {
                    continue; // the console's own chain decides there (sessions and CSRF), not this table
                }
                var methods = info.getMethodsCondition().getMethods(); // none: any method, GET stands for them
                for (RequestMethod method : methods.isEmpty() ? java.util.Set.of(RequestMethod.GET) : methods) {
                    endpoints.add(new Endpoint(method.name(), pattern));
                }
            }
        });
        return endpoints;
    }

    @Test
    void every_served_endpoint_has_a_row_in_the_access_table() {
        List<Endpoint> missing = endpoints().stream()
                .filter(e -> EndpointAccess.ruleFor(e.method(), e.concretePath()).isEmpty()).toList();

        assertThat(missing).as("endpoints without a row in EndpointAccess (admin-only until added)").isEmpty();
        assertThat(endpoints()).hasSizeGreaterThan(15);
    }

    @Test
    void every_role_gets_exactly_what_the_table_grants_on_every_endpoint() {
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            String path = endpoint.concretePath();
            for (Role role : Role.values()) {
                Api.Response answer = caller(endpoint, role).send(endpoint.method(), path, body(endpoint));
                boolean allowed = EndpointAccess.allows(role, endpoint.method(), path);
                check(wrong, endpoint, role.label(), answer, signed(endpoint) ? Integer.valueOf(401) : allowed ? null : 403);
            }
            Api.Response anonymous = api.anonymous().send(endpoint.method(), path, body(endpoint));
            check(wrong, endpoint, "anonymous", anonymous, signed(endpoint) || !EndpointAccess.allows(null,
                    endpoint.method(), path) ? 401 : null);
        }
        assertThat(wrong).as("answers that disagree with EndpointAccess").isEmpty();
    }

    @Test
    void auditors_can_read_but_write_nothing() {
        Api auditor = api.as("auditor");
        for (Endpoint endpoint : endpoints()) {
            String path = endpoint.concretePath();
            boolean write = !endpoint.method().equals("GET");
            boolean authEndpoint = path.startsWith("/api/v1/auth/");
            if (write && !authEndpoint && !signed(endpoint)) {
                assertThat(auditor.send(endpoint.method(), path, "{}").status())
                        .as(endpoint.method() + " " + endpoint.pattern()).isEqualTo(403);
            }
        }
        String account = openAccount("ASSET", "EUR", java.util.Map.of());
        assertThat(auditor.get("/api/v1/accounts/" + account).status()).isIn(200, 404);
    }

    /** A signed endpoint ignores tokens: without the signature over the request it is 401 for everyone. */
    private static boolean signed(Endpoint endpoint) {
        return EndpointAccess.ruleFor(endpoint.method(), endpoint.concretePath())
                .map(rule -> rule.kind() == EndpointAccess.Kind.SIGNED).orElse(false);
    }

    /** Logging out ends the caller's session: it gets a session of its own, not the shared one. */
    private Api caller(Endpoint endpoint, Role role) {
        return endpoint.pattern().equals("/api/v1/auth/logout")
                ? api.anonymous().withToken(TestActors.freshToken(api.anonymous(), role.label()))
                : api.as(role.label());
    }

    private static String body(Endpoint endpoint) {
        return endpoint.method().equals("GET") || endpoint.method().equals("DELETE") ? null : "{}";
    }

    private static void check(List<String> wrong, Endpoint endpoint, String who, Api.Response answer,
                              Integer expected) {
        boolean ok = expected == null ? answer.status() != 401 && answer.status() != 403
                : answer.status() == expected && answer.contentType().startsWith("application/problem+json");
        if (!ok) {
            wrong.add(who + " " + endpoint.method() + " " + endpoint.pattern() + " -> " + answer.status()
                    + " (expected " + (expected == null ? "not 401/403" : expected) + ")");
        }
    }
}
