package bank.ledger.app.edge.openapi;

import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The error side of the document in one place: the problem schema (RFC 9457 with {@code code},
 * {@code field} and {@code correlationId}), the codes every operation of a kind can answer (the edge's,
 * not the operation's own), and the 202 answer of a request held for a second person.
 */
final class ProblemDocumentation {
    static final String PROBLEM = "Problem";
    static final String HELD = "HeldRequest";
    static final String PROBLEM_JSON = "application/problem+json";

    private ProblemDocumentation() {
    }

    /** Codes the edge answers for any operation (rate limit, faults, dependencies), by status. */
    static Map<String, List<String>> edgeCodes(boolean authenticated, boolean permissioned, boolean hasBody) {
        Map<String, List<String>> codes = new LinkedHashMap<>();
        // every request: its query parameters, its path and its X-Correlation-Id are checked at the edge
        List<String> badRequest = new java.util.ArrayList<>();
        if (hasBody) {
            badRequest.addAll(List.of("malformedRequest", "unknownField", "amountMustBeString"));
        }
        badRequest.addAll(List.of("unknownParameter", "invalidHeader", "malformedPath"));
        codes.put("400", List.copyOf(badRequest));
        if (hasBody) {
            codes.put("413", List.of("bodyTooLarge"));
            codes.put("415", List.of("unsupportedMediaType"));
        }
        if (authenticated) {
            codes.put("401", List.of("unauthenticated"));
        }
        if (permissioned) {
            codes.put("403", List.of("forbidden"));
        }
        codes.put("429", List.of("tooManyRequests"));
        codes.put("500", List.of("internalError"));
        codes.put("503", List.of("databaseUnavailable", "sessionStoreUnavailable", "brokerUnavailable", "commandTimedOut"));
        return codes;
    }

    static ApiResponse problemResponse(String status, List<String> codes) {
        ApiResponse response = new ApiResponse()
                .description(title(status) + ". Codes: " + String.join(", ", codes) + ".")
                .content(new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(ref(PROBLEM))));
        response.addExtension("x-error-codes", List.copyOf(codes));
        return response;
    }

    static ApiResponse heldResponse() {
        return new ApiResponse()
                .description("Held for a second person's approval (maker-checker): nothing ran yet; "
                        + "Location names the approval")
                .content(new Content().addMediaType("application/json", new MediaType().schema(ref(HELD))));
    }

    static Schema<?> ref(String name) {
        return new Schema<>().$ref("#/components/schemas/" + name);
    }

    static Schema<?> problemSchema() {
        Schema<?> schema = new ObjectSchema().description("RFC 9457 problem details with the ledger's extensions")
                .addProperty("type", new StringSchema().format("uri").description("Identifies the problem type")
                        .example("https://ledger.bank/problems/exceedsCredits"))
                .addProperty("title", new StringSchema().example("Unprocessable Content"))
                .addProperty("status", new IntegerSchema().format("int32").example(422))
                .addProperty("detail", new StringSchema().example("account alice: debits would exceed credits"))
                .addProperty("instance", new StringSchema().format("uri-reference").example("/api/v1/journal-entries"))
                .addProperty("code", new StringSchema().description("Stable code (never renamed)").example("exceedsCredits"))
                .addProperty("field", new StringSchema().description("JSON path of the offending input, when one is at fault")
                        .example("postings[0]"))
                .addProperty("correlationId", new StringSchema().description("As in X-Correlation-Id and the logs"));
        schema.setRequired(new ArrayList<>(List.of("type", "title", "status", "code")));
        return schema;
    }

    static Schema<?> heldSchema() {
        Schema<?> schema = new ObjectSchema().description("A request held for a second person (maker-checker)")
                .addProperty("approvalId", new StringSchema().example("5f0c1d2e-8a4b-4c1e-9f3a-2b7d6e5c4a10"))
                .addProperty("status", new StringSchema()._enum(List.of("PENDING")))
                .addProperty("reason", new StringSchema().description("Why it is held: reversal, closing, threshold, role change")
                        .example("reversal"))
                .addProperty("detail", new StringSchema());
        schema.setRequired(new ArrayList<>(List.of("approvalId", "status", "reason")));
        return schema;
    }

    private static String title(String status) {
        return switch (status) {
            case "400" -> "Malformed or invalid input";
            case "401" -> "Not authenticated";
            case "403" -> "Not permitted";
            case "404" -> "Not found";
            case "409" -> "Conflicts with the current state or an earlier request";
            case "413" -> "Body too large";
            case "415" -> "Unsupported media type";
            case "422" -> "Refused by a business rule";
            case "429" -> "Too many requests (Retry-After)";
            case "500" -> "Internal error (details only in the logs)";
            case "503" -> "A dependency does not answer (Retry-After)";
            default -> "Error";
        };
    }
}
