package bank.ledger.app.edge;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.support.Api;
import bank.ledger.app.support.LedgerIntegrationTest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint that reads a body refuses broken JSON, wrong shapes and oversized bodies with a 4xx
 * problem, and none of it changes the ledger (no event, no user, no API key).
 */
class MalformedInputIT extends LedgerIntegrationTest {
    private static final String OVERSIZED = "{\"description\":\"" + "x".repeat(1_100_000) + "\"}";
    private static final List<String> MALFORMED = List.of("{\"id\": ", "[1,2,3]", "{\"id\": {\"nested\": true}}",
            "not json at all", "{\"postings\": \"many\", \"amount\": 1e400}");
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    JdbcTemplate jdbc;

    record Endpoint(String method, String path, boolean readsBody) {
    }

    private List<Endpoint> writeEndpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            for (String pattern : info.getPatternValues()) {
                for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                    if (pattern.startsWith("/api/") && method != RequestMethod.GET) {
                        endpoints.add(new Endpoint(method.name(), pattern.replaceAll("\\{[^}]+}",
                                "bad" + UUID.randomUUID().toString().substring(0, 8)), readsBody(handler)));
                    }
                }
            }
        });
        return endpoints;
    }

    private static boolean readsBody(HandlerMethod handler) {
        return Arrays.stream(handler.getMethodParameters()).anyMatch(p -> p.hasParameterAnnotation(RequestBody.class));
    }

    private long ledgerRows() {
        return jdbc.queryForObject("select (select count(*) from domainevententry) + (select count(*) from app_user)"
                + " + (select count(*) from app_api_key)", Long.class);
    }

    @Test
    void malformed_bodies_get_a_4xx_problem_and_change_nothing() {
        long before = ledgerRows();
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : writeEndpoints()) {
            if (!endpoint.readsBody()) {
                continue;
            }
            for (String body : MALFORMED) {
                expectProblem(wrong, endpoint, api.send(endpoint.method(), endpoint.path(), body), body);
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(writeEndpoints().stream().filter(Endpoint::readsBody).count()).isGreaterThan(5);
        assertThat(ledgerRows()).isEqualTo(before);
    }

    @Test
    void oversized_bodies_are_refused_with_413_on_every_endpoint_and_change_nothing() {
        long before = ledgerRows();
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : writeEndpoints()) {
            if (endpoint.path().startsWith("/api/v1/statements")
                    || endpoint.path().equals("/api/v1/payment-status-reports")) {
                // bank files have limits of their own: a statement 50 MiB (StatementFileLimitsIT, BodyLimitIT),
                // a pain.002 10 MiB (PaymentsIT)
                continue;
            }
            Api.Response response = api.send(endpoint.method(), endpoint.path(), OVERSIZED);
            if (response.status() != 413 || !"bodyTooLarge".equals(response.text("code"))) {
                wrong.add(endpoint + " -> " + response.status());
            }
            expectProblem(wrong, endpoint, response, "oversized");
        }
        assertThat(wrong).isEmpty();
        assertThat(ledgerRows()).isEqualTo(before);
    }

    @Test
    void paging_parameters_out_of_range_or_of_the_wrong_type_are_refused() {
        for (String query : List.of("/api/v1/accounts?pageSize=0", "/api/v1/accounts?pageSize=100000",
                "/api/v1/accounts?pageSize=abc", "/api/v1/users?pageSize=201", "/api/v1/users?pageSize=-1",
                "/api/v1/users?after=" + "u".repeat(65))) {
            Api.Response response = api.get(query);
            assertThat(response.status()).as(query).isEqualTo(400);
            assertThat(response.text("field")).as(query).isIn("pageSize", "after");
        }
    }

    private static void expectProblem(List<String> wrong, Endpoint endpoint, Api.Response response, String body) {
        boolean problem = response.status() >= 400 && response.status() < 500
                && response.contentType().startsWith("application/problem+json") && response.text("code") != null;
        if (!problem) {
            wrong.add(endpoint.method() + " " + endpoint.path() + " with " + body.substring(0, Math.min(30,
                    body.length())) + " -> " + response.status() + " " + response.raw());
        }
    }
}
