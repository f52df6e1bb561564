package bank.ledger.app.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The checked-in document is a product: what every operation in it must say (issue 14). */
class OpenApiDocumentTest {
    private static final Set<String> TAGS = Set.of("Accounts", "Journal entries", "Holds", "Reports", "Audit",
            "Bank statements", "Reconciliation", "Event stream", "Webhooks", "Authentication", "Users", "Approvals",
            "Operations", "Periods", "Schedules", "Payments");

    private static void eachOperation(BiConsumer<String, JsonNode> check) throws IOException {
        OpenApiDocuments.read().get("paths").properties().forEach(path -> path.getValue().properties()
                .forEach(op -> check.accept(op.getKey().toUpperCase() + " " + path.getKey(), op.getValue())));
    }

    @Nested
    class EveryOperation {
        @Test
        void has_one_resource_tag_a_named_id_a_summary_and_a_description() throws IOException {
            List<String> faults = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            eachOperation((name, op) -> {
                String id = op.path("operationId").asString("");
                if (!id.matches("[a-z][A-Za-z]+") || !ids.add(id)) {
                    faults.add(name + ": operation id '" + id + "' (generated, or not unique)");
                }
                if (op.path("tags").size() != 1 || !TAGS.contains(op.path("tags").get(0).asString())) {
                    faults.add(name + ": tags " + op.path("tags"));
                }
                if (op.path("summary").asString("").isBlank() || op.path("description").asString("").isBlank()) {
                    faults.add(name + ": no summary or description");
                }
            });
            assertThat(faults).isEmpty();
        }

        @Test
        void answers_errors_as_problems_with_their_codes_and_never_a_wildcard_media_type() throws IOException {
            List<String> faults = new ArrayList<>();
            eachOperation((name, op) -> op.get("responses").properties().forEach(answer -> {
                JsonNode content = answer.getValue().path("content");
                if (content.has("*/*")) {
                    faults.add(name + " " + answer.getKey() + ": */*");
                }
                boolean error = answer.getKey().startsWith("4") || answer.getKey().startsWith("5");
                if (error && (!content.has("application/problem+json") || answer.getValue().path("x-error-codes").isEmpty())) {
                    faults.add(name + " " + answer.getKey() + ": not a problem with codes");
                }
            }));
            assertThat(faults).isEmpty();
        }

        @Test
        void says_how_to_authenticate_and_only_sign_in_refresh_keys_and_the_signed_webhook_need_nothing() throws IOException {
            Set<String> open = new HashSet<>();
            eachOperation((name, op) -> {
                if (op.path("security").isEmpty()) {
                    open.add(name);
                }
            });
            assertThat(open).containsExactlyInAnyOrder("POST /api/v1/auth/token", "POST /api/v1/auth/refresh",
                    "GET /.well-known/jwks.json", "POST /api/v1/statements/webhook");
        }
    }

    @Nested
    class HeldRequests {
        @Test
        void reversals_closings_large_postings_and_role_changes_document_the_202_of_maker_checker() throws IOException {
            JsonNode paths = OpenApiDocuments.read().get("paths");
            for (String path : List.of("/api/v1/journal-entries/{id}/reverse", "/api/v1/accounts/{id}/close",
                    "/api/v1/journal-entries", "/api/v1/journal-entries/{id}/post", "/api/v1/users/{username}/role")) {
                assertThat(paths.path(path).path("post").path("responses").path("202").path("content")
                        .path("application/json").path("schema").path("$ref").asString(""))
                        .as(path).isEqualTo("#/components/schemas/HeldRequest");
            }
        }
    }
}
