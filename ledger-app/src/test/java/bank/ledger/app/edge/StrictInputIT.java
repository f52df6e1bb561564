package bank.ledger.app.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bank.ledger.app.edge.ratelimit.RateLimitProperties;
import bank.ledger.app.edge.ratelimit.RateLimits;
import bank.ledger.app.support.Api;
import bank.ledger.app.support.LedgerIntegrationTest;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The API reads only what its contract names: an unknown body field or query parameter is refused by
 * name before any command is sent; amounts are JSON strings; enums are their exact names. Lists share
 * one pagination convention, and limited answers tell the client its quota.
 */
class StrictInputIT extends LedgerIntegrationTest {
    @Autowired
    RateLimits limits;

    private Map<String, Object> account(String id) {
        return new HashMap<>(Map.of("id", id, "code", "C-" + id, "name", "Account " + id, "type", "ASSET",
                "currency", "EUR"));
    }

    @Nested
    class Body_fields {
        @Test
        void a_misspelt_guard_is_an_unknown_field_and_opens_nothing() {
            String id = newId("acc");
            Map<String, Object> body = account(id);
            body.put("debitsMustNotExceedCredit", true); // one letter short of the guard

            assertProblem(api.post("/api/v1/accounts", body), 400, "unknownField", "debitsMustNotExceedCredit");
            assertThat(api.get("/api/v1/accounts/" + id).status()).isEqualTo(404);
        }

        @Test
        void the_guard_spelt_right_opens_the_account() {
            String id = newId("acc");
            Map<String, Object> body = account(id);
            body.put("debitsMustNotExceedCredits", true);

            assertThat(api.post("/api/v1/accounts", body).status()).isEqualTo(201);
        }

        @Test
        void an_unknown_field_of_a_posting_is_named_by_its_json_path() {
            String a = openAccount("ASSET", "EUR", Map.of());
            String b = openAccount("ASSET", "EUR", Map.of());
            Map<String, Object> second = new HashMap<>(line(b, "CREDIT", "5.00"));
            second.put("sidee", "CREDIT");
            String entryId = newId("e");

            assertProblem(api.post("/api/v1/journal-entries", entry(entryId, List.of(line(a, "DEBIT", "5.00"), second))),
                    400, "unknownField", "postings[1].sidee");
            assertThat(api.get("/api/v1/journal-entries/" + entryId).status()).isEqualTo(404);
        }

        @Test
        void an_amount_sent_as_a_json_number_must_be_a_string() {
            String a = openAccount("ASSET", "EUR", Map.of());
            String b = openAccount("ASSET", "EUR", Map.of());
            Map<String, Object> first = new HashMap<>(line(a, "DEBIT", "5.00"));
            first.put("amount", 5.0);

            assertProblem(api.post("/api/v1/journal-entries",
                    entry(newId("e"), List.of(first, line(b, "CREDIT", "5.00")))), 400, "amountMustBeString",
                    "postings[0].amount");
        }

        @Test
        void an_enum_in_another_case_is_refused_with_the_allowed_names() {
            String a = openAccount("ASSET", "EUR", Map.of());
            String b = openAccount("ASSET", "EUR", Map.of());

            Api.Response refused = api.post("/api/v1/journal-entries",
                    entry(newId("e"), List.of(line(a, "debit", "5.00"), line(b, "CREDIT", "5.00"))));

            assertProblem(refused, 400, "malformedRequest", "postings[0].side");
            assertThat(refused.body().get("allowed").toString()).isEqualTo("[\"DEBIT\",\"CREDIT\"]");
            assertThat(refused.text("detail")).contains("DEBIT, CREDIT");
        }
    }

    @Nested
    class Query_parameters {
        @Test
        void an_unknown_parameter_is_refused_naming_it() {
            Api.Response refused = api.get("/api/v1/accounts?pagesize=5");

            assertProblem(refused, 400, "unknownParameter", "pagesize");
            assertThat(refused.text("detail")).contains("pageSize");
        }

        @Test
        void the_declared_parameters_are_read() {
            assertThat(api.get("/api/v1/accounts?pageSize=5").status()).isEqualTo(200);
        }

        @Test
        void a_bad_date_is_refused_naming_the_parameter() {
            assertProblem(api.get("/api/v1/reports/trial-balance?date=2026-13-01"), 400, "invalidField", "date");
        }

        @Test
        void a_bad_number_is_refused_naming_the_parameter() {
            assertProblem(api.get("/api/v1/accounts?pageSize=ten"), 400, "invalidField", "pageSize");
        }
    }

    @Nested
    class Headers {
        @Test
        void a_malformed_correlation_id_is_refused_naming_the_header() {
            Api.Response refused = api.withHeader("X-Correlation-Id", "not a safe id!").get("/api/v1/accounts?pageSize=1");

            assertProblem(refused, 400, "invalidHeader", "X-Correlation-Id");
            assertThat(refused.header("X-Correlation-Id")).isNotEqualTo("not a safe id!");
        }

        @Test
        void a_well_formed_correlation_id_is_echoed() {
            String id = newId("corr");
            assertThat(api.withHeader("X-Correlation-Id", id).get("/api/v1/accounts?pageSize=1").header("X-Correlation-Id"))
                    .isEqualTo(id);
        }
    }

    @Nested
    class Pagination {
        @Test
        void every_page_answers_items_and_next_after_which_is_the_next_after() {
            openAccount("ASSET", "EUR", Map.of());
            openAccount("ASSET", "EUR", Map.of());

            Api.Response first = api.get("/api/v1/accounts?pageSize=1");
            String nextAfter = first.text("nextAfter");
            Api.Response second = api.get("/api/v1/accounts?pageSize=1&after=" + nextAfter);

            assertThat(first.body().get("items")).hasSize(1);
            assertThat(first.body().get("accounts")).isEqualTo(first.body().get("items")); // old name, one version
            assertThat(second.body().get("items").get(0).get("code").asText()).isGreaterThan(nextAfter);
            assertThat(first.header("Deprecation")).isNull();
        }

        @Test
        void an_old_cursor_parameter_still_works_and_says_it_is_deprecated() {
            Api.Response old = api.get("/api/v1/reconciliation/statements/stmt-none/lines?afterLine=0");
            Api.Response current = api.get("/api/v1/reconciliation/statements/stmt-none/lines?after=0");

            assertThat(old.status()).isEqualTo(200);
            assertThat(old.header("Deprecation")).matches("@\\d+");
            assertThat(current.status()).isEqualTo(200);
            assertThat(current.header("Deprecation")).isNull();
        }
    }

    @Nested
    class Rate_limit_headers {
        private static final Pattern POLICY = Pattern.compile("\"read\";q=(\\d+);w=(\\d+)");
        private static final Pattern STATE = Pattern.compile("\"read\";r=(\\d+);t=(\\d+)");

        @Test
        void a_limited_answer_states_the_policy_and_what_remains_of_it() {
            Api.Response answer = api.as("auditor").get("/api/v1/accounts?pageSize=1");

            Matcher policy = POLICY.matcher(answer.header("RateLimit-Policy"));
            Matcher state = STATE.matcher(answer.header("RateLimit"));
            assertThat(policy.matches()).as(answer.header("RateLimit-Policy")).isTrue();
            assertThat(state.matches()).as(answer.header("RateLimit")).isTrue();
            assertThat(Long.parseLong(state.group(1))).isLessThan(Long.parseLong(policy.group(1)));
        }

        @Test
        void what_remains_decreases_with_each_request_down_to_a_refusal() {
            // the suite's own limits refill faster than a test can ask; a bucket of three per hour cannot
            RateLimitProperties.Limit three = new RateLimitProperties.Limit(3, Duration.ofHours(1));
            String client = "read:it-" + UUID.randomUUID();

            assertThat(limits.consume(client, three).stateHeader()).startsWith("\"read\";r=2;t=");
            assertThat(limits.consume(client, three).stateHeader()).startsWith("\"read\";r=1;t=");
            assertThat(limits.consume(client, three).stateHeader()).startsWith("\"read\";r=0;t=");
            assertThatThrownBy(() -> limits.consume(client, three)).isInstanceOf(EdgeRefusal.class);
        }
    }
}
