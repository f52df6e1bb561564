package bank.ledger.app.edge.openapi;

import io.swagger.v3.core.util.AnnotationsUtils;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Field-level contract: the catalog's required fields, patterns, formats and examples on the schemas,
 * and every pattern anchored. Bean Validation's {@code @Pattern} matches the whole value, while an
 * OpenAPI (ECMA-262) pattern matches anywhere unless anchored: anchoring says what the server checks.
 */
final class SchemaRefinements {
    private SchemaRefinements() {
    }

    static void apply(OpenAPI api, ApiCatalog catalog) {
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        if (schemas == null) {
            return;
        }
        catalog.schemas().properties().forEach(named -> {
            Schema<?> schema = schemas.get(named.getKey());
            if (schema != null) {
                refine(schema, named.getValue(), catalog.patterns());
            }
        });
        schemas.values().forEach(schema -> {
            if (schema.getProperties() != null) {
                schema.getProperties().values().forEach(property -> anchor((Schema<?>) property));
            }
        });
        api.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
            if (operation.getParameters() != null) {
                operation.getParameters().forEach(parameter -> refine(parameter, catalog));
            }
        }));
    }

    private static void refine(Parameter parameter, ApiCatalog catalog) {
        Schema<?> schema = parameter.getSchema();
        JsonNode patch = catalog.parameters().get(parameter.getName());
        boolean ownRule = schema != null && (schema.getPattern() != null || schema.getFormat() != null);
        if (patch != null && schema != null && text(schema) && !ownRule) {
            // springdoc shares one schema object among parameters of the same type: patch a copy
            schema = AnnotationsUtils.clone(schema, true);
            patch(schema, patch, catalog.patterns());
            parameter.setSchema(schema);
        }
        anchor(schema);
    }

    private static void refine(Schema<?> schema, JsonNode refinement, Map<String, String> patterns) {
        if (refinement.has("required")) {
            LinkedHashSet<String> required = new LinkedHashSet<>(schema.getRequired() == null ? new ArrayList<>() : schema.getRequired());
            refinement.get("required").forEach(field -> required.add(field.asString()));
            schema.setRequired(new ArrayList<>(required));
        }
        if (refinement.has("properties") && schema.getProperties() != null) {
            refinement.get("properties").properties().forEach(field -> {
                Schema<?> property = schema.getProperties().get(field.getKey());
                if (property != null) {
                    patch(property, field.getValue(), patterns);
                }
            });
        }
    }

    private static void patch(Schema property, JsonNode patch, Map<String, String> patterns) {
        if (patch.has("pattern")) {
            String pattern = patch.get("pattern").asString();
            property.setPattern(pattern.startsWith("$") ? patterns.get(pattern.substring(1)) : pattern);
        }
        if (patch.has("format")) {
            property.setFormat(patch.get("format").asString());
        }
        if (patch.has("example")) {
            property.setExample(patch.get("example").asString());
        }
    }

    private static boolean text(Schema<?> schema) {
        return "string".equals(schema.getType()) || schema.getTypes() != null && schema.getTypes().contains("string");
    }

    private static void anchor(Schema<?> schema) {
        if (schema == null) {
            return;
        }
        String pattern = schema.getPattern();
        if (pattern != null && !(pattern.startsWith("^") && pattern.endsWith("$"))) {
            schema.setPattern("^(?:" + pattern + ")$");
        }
        if (schema.getItems() != null) {
            anchor(schema.getItems());
        }
    }
}
