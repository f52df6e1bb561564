package bank.ledger.app.edge.openapi;

import bank.ledger.app.security.access.EndpointAccess;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Turns springdoc's generator output into the contract: each operation gets its resource tag, stable
 * id, summary and description from the {@link ApiCatalog}, the success statuses it really answers (with
 * the schema springdoc inferred), the 202 of a held request, a problem response per error status with
 * its codes ({@code x-error-codes}), and the security the {@link EndpointAccess} table applies to it.
 * Operations missing from the catalog are left as generated (a test names them).
 */
class ContractCustomizer implements OpenApiCustomizer {
    private static final String ANY = "*/*";
    private static final String JSON = "application/json";
    private final ApiCatalog catalog;

    ContractCustomizer(ApiCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void customise(OpenAPI api) {
        api.getComponents().addSchemas(ProblemDocumentation.PROBLEM, ProblemDocumentation.problemSchema())
                .addSchemas(ProblemDocumentation.HELD, ProblemDocumentation.heldSchema())
                .addSchemas(UploadBody.FORM, UploadBody.formSchema());
        api.setTags(catalog.tags().stream().map(tag -> new Tag().name(tag.name()).description(tag.description())).toList());
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                Optional.ofNullable(catalog.operations().get(method.name() + " " + path))
                        .ifPresent(entry -> document(method.name(), path, operation, entry))));
        SchemaRefinements.apply(api, catalog);
    }

    private void document(String method, String path, Operation operation, ApiCatalog.Entry entry) {
        Optional<EndpointAccess.Rule> rule = EndpointAccess.rules().stream()
                .filter(r -> r.pattern().equals(path) && r.method() != null && r.method().name().equals(method)).findFirst();
        EndpointAccess.Kind kind = rule.map(EndpointAccess.Rule::kind).orElse(EndpointAccess.Kind.PERMISSION);
        boolean anonymous = kind == EndpointAccess.Kind.PUBLIC || kind == EndpointAccess.Kind.SIGNED;
        operation.operationId(entry.id()).tags(List.of(entry.tag())).summary(entry.summary())
                .description(entry.description() + " " + access(kind, rule));
        operation.setSecurity(anonymous ? List.of() : List.of(
                new SecurityRequirement().addList(OpenApiConfiguration.BEARER),
                new SecurityRequirement().addList(OpenApiConfiguration.API_KEY)));
        if (entry.body() != null) {
            operation.requestBody(UploadBody.of(entry.body()));
        }
        operation.responses(responses(operation, entry, kind, !anonymous));
    }

    private static String access(EndpointAccess.Kind kind, Optional<EndpointAccess.Rule> rule) {
        return switch (kind) {
            case PUBLIC -> "No token needed.";
            case SIGNED -> "No token: the request is signed (HMAC-SHA256).";
            case AUTHENTICATED -> "Any signed-in caller.";
            case PERMISSION -> rule.map(r -> "Needs the permission " + r.permission() + ".")
                    .orElse("Administrators only.");
        };
    }

    private static ApiResponses responses(Operation operation, ApiCatalog.Entry entry, EndpointAccess.Kind kind,
                                          boolean authenticated) {
        Content inferred = inferredContent(operation.getResponses());
        ApiResponses answers = new ApiResponses();
        entry.ok().forEach((status, description) -> answers.addApiResponse(status,
                new ApiResponse().description(description).content("204".equals(status) ? null : inferred)));
        if (entry.held()) {
            answers.addApiResponse("202", ProblemDocumentation.heldResponse());
        }
        boolean hasBody = operation.getRequestBody() != null;
        Map<String, LinkedHashSet<String>> codes = new TreeMap<>();
        ProblemDocumentation.edgeCodes(authenticated, kind == EndpointAccess.Kind.PERMISSION, hasBody)
                .forEach((status, list) -> codes.computeIfAbsent(status, s -> new LinkedHashSet<>()).addAll(list));
        entry.errors().forEach((status, list) -> codes.computeIfAbsent(status, s -> new LinkedHashSet<>()).addAll(list));
        codes.forEach((status, list) -> answers.addApiResponse(status,
                ProblemDocumentation.problemResponse(status, new ArrayList<>(list))));
        return answers;
    }

    /** The success body springdoc inferred from the method's return type, without the generic any type. */
    private static Content inferredContent(ApiResponses generated) {
        if (generated == null) {
            return null;
        }
        return generated.entrySet().stream().filter(e -> e.getKey().startsWith("2"))
                .map(e -> e.getValue().getContent()).filter(c -> c != null && !c.isEmpty())
                .findFirst().map(ContractCustomizer::concrete).orElse(null);
    }

    private static Content concrete(Content content) {
        Content concrete = new Content();
        content.forEach((type, media) -> concrete.addMediaType(ANY.equals(type) ? JSON : type, media));
        return concrete;
    }
}
