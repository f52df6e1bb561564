package bank.ledger.app.roles;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.LedgerApplication;
import bank.ledger.app.support.Api;
import bank.ledger.app.support.LedgerIntegrationTest;
import bank.ledger.app.support.TestActors;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Every node set the deployments run starts, reports UP and answers on its roles' endpoints only. The suite's
 * own context runs every role, so a bean one role defines and another role's bean needs goes unseen there: the
 * domain Clock (command nodes only) asked for by a metrics bean stopped query-only nodes, and only the slow
 * cluster run (bin/ledger-cluster) caught it. One node at a time, each against the suite's services (embedded,
 * or the external profile's), as a node of the same cluster: same database, Redis and broker.
 */
class NodeRolesStartupIT {
    /** A request that only the role's controllers answer, and what they answer. */
    record Probe(String role, Function<Api, Api.Response> request, Predicate<Api.Response> served) {
    }

    private static final List<Probe> PROBES = List.of(
            new Probe("command", NodeRolesStartupIT::postEntry, posted -> posted.status() == 201),
            new Probe("query", api -> api.get("/api/v1/accounts/" + newId("acc")),
                    read -> read.status() == 404 && "accountNotFound".equals(read.text("code"))),
            new Probe("projections", api -> api.get("/api/v1/admin/projections"), listed -> listed.status() == 200),
            // a sweep without its parameter: the controller itself refuses it, so nothing is swept
            new Probe("connectors", api -> api.post("/api/v1/reconciliation/claim-sweeps", Map.of()),
                    refused -> refused.status() / 100 == 4 && "olderThanSeconds".equals(refused.text("field"))));

    @Nested
    class A_node_with_fewer_roles {
        @ParameterizedTest(name = "LEDGER_ROLES={0}")
        @ValueSource(strings = {
                "command", // writers: bin/ledger-cluster, docker-compose.yml (ledger-writer), bin/ledger-bench --roles
                "query", // readers: deploy/k8s/ledger.yaml
                "query,projections", // readers: bin/ledger-cluster, docker-compose.yml (ledger-reader)
                "projections,connectors", // a connectors node: the statement matcher without the API's sides
                "command,projections,connectors", // the projector: deploy/k8s/ledger.yaml
                "query,projections,connectors"}) // the reader: bin/ledger-bench --roles
        void starts_up_healthy_and_answers_on_the_endpoints_of_its_roles_only(String roles) {
            try (ConfigurableApplicationContext node = start(roles)) {
                int port = ((WebServerApplicationContext) node).getWebServer().getPort();
                Api.Response health = new Api(port).get("/actuator/health");
                assertThat(health.status()).as(health.raw()).isEqualTo(200);
                assertThat(health.text("status")).isEqualTo("UP");

                Api api = new Api(port).as("admin");
                Set<String> own = Set.of(roles.split(","));
                for (Probe probe : PROBES) {
                    Api.Response answer = probe.request().apply(api);
                    if (own.contains(probe.role())) {
                        assertThat(probe.served().test(answer)).as("%s node, %s endpoint: %s", roles, probe.role(),
                                answer.raw()).isTrue();
                    } else {
                        // no controller of that role here: the framework's own answer, not a handler's
                        assertThat(answer.text("code")).as("%s node, %s endpoint: %s", roles, probe.role(),
                                answer.raw()).isIn("notFound", "methodNotAllowed");
                    }
                }
            }
        }
    }

    /** A node as LEDGER_ROLES makes it, on a free port, with the suite's test settings (its administrator). */
    private static ConfigurableApplicationContext start(String roles) {
        List<String> args = new ArrayList<>(List.of("--LEDGER_ROLES=" + roles, "--server.port=0",
                "--ledger.statements.poll.folder=")); // StatementChannelsIT's folder is the suite node's
        // Each node logs its administrator in once: six nodes beside the suite's own contexts would exceed the
        // login limit per username (5 a minute) that RateLimitIT tests; the nodes count in buckets of their own.
        Map<String, String> own = Map.of("ledger.rate-limit.redis-prefix", "ledger:rate:it-" + TestActors.RUN_ID
                + "-nodes:", "ledger.rate-limit.login.capacity", "100");
        LedgerIntegrationTest.testSecurity((name, value) -> {
            if (!own.containsKey(name)) {
                args.add("--" + name + "=" + value.get());
            }
        });
        own.forEach((name, value) -> args.add("--" + name + "=" + value));
        return new SpringApplication(LedgerApplication.class).run(args.toArray(String[]::new));
    }

    /** A posting between two accounts opened for it; without the command role each request finds no handler. */
    private static Api.Response postEntry(Api api) {
        String cash = newId("acc");
        String income = newId("acc");
        api.post("/api/v1/accounts", Map.of("id", cash, "code", "C-" + cash, "name", "Cash", "type", "ASSET",
                "currency", "EUR"));
        api.post("/api/v1/accounts", Map.of("id", income, "code", "C-" + income, "name", "Fees", "type", "INCOME",
                "currency", "EUR"));
        return api.post("/api/v1/journal-entries", Map.of("id", newId("je"), "effectiveDate", "2026-11-25",
                "description", "roles", "postings", List.of(
                        Map.of("accountId", cash, "side", "DEBIT", "amount", "1.00"),
                        Map.of("accountId", income, "side", "CREDIT", "amount", "1.00"))));
    }

    private static String newId(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }
}
