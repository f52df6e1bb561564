package bank.ledger.app.edge;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.support.Api;
import bank.ledger.app.support.LedgerIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;

/** The API's published description, its headers and its cross-origin policy. */
class ApiEdgeIT extends LedgerIntegrationTest {
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Nested
    class OpenApiDocument {
        @Test
        void every_api_endpoint_is_documented_with_its_method() {
            JsonNode paths = api.anonymous().get("/v3/api-docs").body().get("paths");
            List<String> undocumented = new ArrayList<>();
            mappings.getHandlerMethods().forEach((info, handler) -> {
                for (String pattern : info.getPatternValues()) {
                    for (RequestMethod method : info.getMethodsCondition().getMethods()) {
                        boolean documented = paths.has(pattern)
                                && paths.get(pattern).has(method.name().toLowerCase());
                        if (pattern.startsWith("/api/") && !documented) {
                            undocumented.add(method + " " + pattern);
                        }
                    }
                }
            });

            assertThat(paths.has("/api/v1/journal-entries")).isTrue();
            assertThat(undocumented).isEmpty();
        }

        @Test
        void the_document_names_both_security_schemes_and_the_token_endpoint_needs_neither() {
            JsonNode document = api.anonymous().get("/v3/api-docs").body();

            JsonNode schemes = document.get("components").get("securitySchemes");
            assertThat(schemes.get("bearerToken").get("scheme").asString()).isEqualTo("bearer");
            assertThat(schemes.get("apiKey").get("name").asString()).isEqualTo("X-Api-Key");
            JsonNode token = document.get("paths").get("/api/v1/auth/token").get("post");
            assertThat(token.get("security")).isEmpty();
        }

        @Test
        void swagger_ui_is_served() {
            Api.Response ui = api.anonymous().get("/swagger-ui/index.html");

            assertThat(ui.status()).isEqualTo(200);
            assertThat(ui.raw()).contains("swagger");
        }
    }

    @Nested
    class SecurityHeaders {
        @Test
        void answers_forbid_sniffing_framing_caching_and_referrers() {
            Api.Response response = api.get("/api/v1/accounts?pageSize=1");

            assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(response.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
            assertThat(response.header("Referrer-Policy")).isEqualTo("no-referrer");
            assertThat(response.header("Cache-Control")).contains("no-store");
        }

        @Test
        void errors_show_no_internals() {
            Api.Response response = api.post("/api/v1/journal-entries", "{\"id\": [1, 2");

            assertThat(response.status()).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.raw()).doesNotContainIgnoringCase("exception").doesNotContain("tools.jackson");
        }
    }

    @Nested
    class Cors {
        private Api.Response preflight(String origin) {
            return api.anonymous().withHeader("Origin", origin).withHeader("Access-Control-Request-Method", "POST")
                    .send("OPTIONS", "/api/v1/journal-entries", null);
        }

        @Test
        void a_configured_origin_may_call_the_api_from_a_browser() {
            Api.Response response = preflight(CORS_ORIGIN);

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo(CORS_ORIGIN);
        }

        @Test
        void any_other_origin_is_refused() {
            Api.Response response = preflight("https://evil.example");

            assertThat(response.status()).isEqualTo(403);
            assertThat(response.header("Access-Control-Allow-Origin")).isNull();
        }
    }
}
