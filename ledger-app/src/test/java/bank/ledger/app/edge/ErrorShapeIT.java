package bank.ledger.app.edge;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.support.Api;
import bank.ledger.app.support.LedgerIntegrationTest;
import bank.ledger.command.approval.MakerChecker;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every error path a client can reach answers the one problem shape: {@code application/problem+json}
 * in UTF-8 with type, title, status, detail, instance, a stable code, the field at fault where there is
 * one, and the correlation id the client sent — whether the refusal comes from a servlet filter, Spring
 * Security, Spring MVC, the servlet container's error page or Tomcat itself before any servlet ran.
 * Out of reach: a request head larger than Tomcat's limit, refused by its HTTP parser before any valve
 * (an empty 400 that no application code sees; docs/api.md).
 */
class ErrorShapeIT extends LedgerIntegrationTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    @Autowired
    MakerChecker makerChecker;

    private static String correlation() {
        return "shape-" + UUID.randomUUID();
    }

    /** The one shape, for an answer read through java.net.http. */
    private static JsonNode assertShape(Api.Response response, int status, String code, String sentId) {
        assertThat(response.status()).as(response.raw()).isEqualTo(status);
        assertUtf8Problem(response.contentType());
        assertThat(response.header("X-Correlation-Id")).isEqualTo(sentId);
        return assertMembers(response.body(), status, code, sentId);
    }

    private static void assertUtf8Problem(String contentType) {
        String lower = contentType.toLowerCase().replace(" ", "");
        // said explicitly: left out, a client or the container may assume ISO-8859-1
        assertThat(lower).as(contentType).startsWith("application/problem+json").contains("charset=utf-8");
    }

    private static JsonNode assertMembers(JsonNode body, int status, String code, String sentId) {
        assertThat(body.path("type").asString()).as(body.toString()).isEqualTo("https://ledger.bank/problems/" + code);
        assertThat(body.path("title").asString()).as(body.toString()).isNotBlank();
        assertThat(body.path("status").asInt()).isEqualTo(status);
        assertThat(body.path("detail").asString()).as(body.toString()).isNotBlank().doesNotContain("Exception")
                .doesNotContain("\tat ");
        assertThat(body.path("instance").asString()).as(body.toString()).startsWith("/");
        assertThat(body.path("code").asString()).isEqualTo(code);
        assertThat(body.path("correlationId").asString()).as(body.toString()).isEqualTo(sentId);
        assertThat(body.has("trace")).isFalse();
        assertThat(body.has("error")).as("Spring's default error body").isFalse();
        return body;
    }

    private Api as(String role, String correlationId) {
        Api caller = role == null ? api.anonymous() : api.as(role);
        return caller.withHeader("X-Correlation-Id", correlationId);
    }

    @Nested
    class Routing {
        @Test
        void an_unknown_path_is_404_for_any_authenticated_caller_not_403() {
            String id = correlation();
            JsonNode body = assertShape(as("auditor", id).get("/api/v1/no-such-thing"), 404, "notFound", id);
            assertThat(body.path("instance").asString()).isEqualTo("/api/v1/no-such-thing");
        }

        @Test
        void a_wrong_method_is_405_with_allow_for_any_authenticated_caller() {
            String id = correlation();
            Api.Response response = as("auditor", id).delete("/api/v1/accounts");

            assertShape(response, 405, "methodNotAllowed", id);
            assertThat(response.header("Allow")).contains("GET").contains("POST");
        }

        @Test
        void an_unknown_path_without_credentials_is_still_401() {
            String id = correlation();
            Api.Response response = as(null, id).get("/api/v1/no-such-thing");

            assertShape(response, 401, "unauthenticated", id);
            assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
        }

        @Test
        void an_endpoint_the_role_may_not_call_is_403() {
            String id = correlation();
            assertShape(as("auditor", id).post("/api/v1/accounts", "{}"), 403, "forbidden", id);
        }

        @Test
        void a_bad_token_is_401() {
            String id = correlation();
            assertShape(api.anonymous().withToken("not-a-token").withHeader("X-Correlation-Id", id)
                    .get("/api/v1/accounts"), 401, "unauthenticated", id);
        }
    }

    @Nested
    class SpringMvc {
        @Test
        void an_unsupported_media_type_is_415() {
            String id = correlation();
            Api.Response response = api.withHeader("X-Correlation-Id", id).withHeader("Content-Type", "text/plain")
                    .send("POST", "/api/v1/accounts", null);
            assertShape(response, 415, "unsupportedMediaType", id);
        }

        @Test
        void an_unacceptable_accept_header_is_406() {
            String id = correlation();
            Api.Response response = api.withHeader("X-Correlation-Id", id).withHeader("Accept", "application/xml")
                    .get("/api/v1/accounts");
            assertShape(response, 406, "notAcceptable", id);
        }

        @Test
        void an_unreadable_body_is_400_malformed_request() {
            String id = correlation();
            assertShape(api.withHeader("X-Correlation-Id", id).post("/api/v1/accounts", "{\"id\": "), 400,
                    "malformedRequest", id);
        }

        @Test
        void a_parameter_of_the_wrong_type_names_the_parameter() {
            String id = correlation();
            JsonNode body = assertShape(api.withHeader("X-Correlation-Id", id)
                    .get("/api/v1/audit/chain/verification?limit=many"), 400, "invalidField", id);
            assertThat(body.path("field").asString()).isEqualTo("limit");
        }

        @Test
        void a_parameter_out_of_its_bounds_names_the_parameter() {
            String id = correlation();
            JsonNode body = assertShape(api.withHeader("X-Correlation-Id", id).get("/api/v1/users?pageSize=0"), 400,
                    "invalidField", id);
            assertThat(body.path("field").asString()).isEqualTo("pageSize");
        }

        @Test
        void a_domain_refusal_keeps_its_code_and_gains_instance_and_correlation_id() {
            String id = correlation();
            assertShape(api.withHeader("X-Correlation-Id", id).get("/api/v1/accounts/acc-" + UUID.randomUUID()),
                    404, "accountNotFound", id);
        }
    }

    @Nested
    class Filters {
        @Test
        void a_body_over_the_limit_is_413_from_the_body_filter() {
            String id = correlation();
            assertShape(api.withHeader("X-Correlation-Id", id)
                    .post("/api/v1/accounts", "{\"name\":\"" + "x".repeat(1_100_000) + "\"}"), 413, "bodyTooLarge", id);
        }

        @Test
        void a_request_head_over_the_edge_limit_is_431_not_tomcats_empty_400() {
            String id = correlation();
            Api.Response response = api.withHeader("X-Correlation-Id", id).withHeader("X-Padding", "a".repeat(20_000))
                    .get("/api/v1/accounts");
            assertShape(response, 431, "headerTooLarge", id);
        }

        @Test
        void a_multipart_body_is_415_from_the_body_filter_where_no_upload_takes_one() {
            String id = correlation();
            Api.Response response = api.withHeader("X-Correlation-Id", id)
                    .withHeader("Content-Type", "multipart/form-data; boundary=x").send("POST", "/api/v1/journal-entries", null);
            assertShape(response, 415, "unsupportedMediaType", id);
        }

        @Test
        void a_browser_call_from_an_origin_not_allowed_is_403_cors_rejected() {
            String id = correlation();
            Api.Response response = as(null, id).withHeader("Origin", "https://evil.example")
                    .withHeader("Access-Control-Request-Method", "POST").send("OPTIONS", "/api/v1/journal-entries", null);
            assertShape(response, 403, "corsRejected", id);
        }
    }

    @Nested
    class ServletContainer {
        @Test
        void an_empty_path_segment_refused_by_the_firewall_is_a_problem_not_springs_default_body() {
            String id = correlation();
            assertShape(as("auditor", id).get("/api/v1/accounts//x"), 400, "malformedPath", id);
        }

        @Test
        void a_path_parameter_such_as_jsessionid_is_a_problem() {
            String id = correlation();
            assertShape(as("auditor", id).get("/api/v1/accounts;jsessionid=abc"), 400, "malformedPath", id);
        }

        @Test
        void the_error_page_itself_answers_404_not_springs_default_body() {
            String id = correlation();
            assertShape(as("auditor", id).get("/error"), 404, "notFound", id);
            assertShape(as(null, id).send("POST", "/error", "{}"), 404, "notFound", id);
        }

        @Test
        void a_method_tomcat_refuses_itself_goes_through_the_error_page_as_a_problem() throws IOException {
            rawProblem("TRACE", "/api/v1/accounts", Map.of(), 405, "methodNotAllowed");
        }

        @Test
        void a_malformed_percent_escape_is_a_problem_not_tomcats_html_page() throws IOException {
            rawProblem("GET", "/api/v1/accounts/%", Map.of(), 400, "malformedPath");
        }

        @Test
        void an_encoded_slash_is_a_problem() throws IOException {
            rawProblem("GET", "/api/v1/accounts/a%2Fb", Map.of(), 400, "malformedPath");
        }

        /** The body of a chunked answer without its framing (sizes in hex, each chunk ended by CRLF). */
        private static String dechunked(String chunked) {
            StringBuilder body = new StringBuilder();
            int at = 0;
            while (true) {
                int lineEnd = chunked.indexOf("\r\n", at);
                int size = Integer.parseInt(chunked.substring(at, lineEnd).trim(), 16);
                if (size == 0) {
                    return body.toString();
                }
                body.append(chunked, lineEnd + 2, lineEnd + 2 + size);
                at = lineEnd + 2 + size + 2;
            }
        }

        private void rawProblem(String method, String path, Map<String, String> extra, int status, String code)
                throws IOException {
            String id = correlation();
            Map<String, String> headers = new LinkedHashMap<>(Map.of("X-Correlation-Id", id, "Connection", "close"));
            headers.putAll(extra);
            RawHttp.Answer answer = RawHttp.exchange(port, method, path, headers, out -> { });

            assertThat(answer.status()).as(answer.head() + "\n" + answer.body()).isEqualTo(status);
            String contentType = List.of(answer.head().split("\r\n")).stream()
                    .filter(line -> line.toLowerCase().startsWith("content-type:")).findFirst()
                    .map(line -> line.substring(13).trim()).orElse("");
            assertUtf8Problem(contentType);
            assertThat(answer.head()).containsIgnoringCase("X-Correlation-Id: " + id);
            JsonNode body;
            try {
                body = JSON.readTree(answer.head().toLowerCase().contains("transfer-encoding: chunked")
                        ? dechunked(answer.body()) : answer.body());
            } catch (RuntimeException notOneJsonObject) {
                throw new AssertionError("not one problem: " + answer.head() + "\n\n" + answer.body(), notOneJsonObject);
            }
            assertMembers(body, status, code, id);
        }
    }

    @Nested
    class FourEyes {
        @Test
        void a_held_command_answers_202_in_json_utf8() {
            boolean was = makerChecker.setEnabled(true);
            try {
                String cash = openAccount("ASSET", "EUR", Map.of());
                String deposits = openAccount("LIABILITY", "EUR", Map.of());
                Api.Response held = api.as("accountant").post("/api/v1/journal-entries", entry(newId("big"),
                        List.of(line(cash, "DEBIT", "20000.00"), line(deposits, "CREDIT", "20000.00"))));

                assertThat(held.status()).as(held.raw()).isEqualTo(202);
                assertThat(held.contentType().toLowerCase().replace(" ", "")).startsWith("application/json")
                        .contains("charset=utf-8");
            } finally {
                makerChecker.setEnabled(was);
            }
        }
    }
}
