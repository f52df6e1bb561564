package bank.ledger.app.edge.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the code cannot tell springdoc about each operation, in one data file
 * ({@code openapi/operations.json}): its resource tag, a stable operation id, summary and description,
 * the success statuses it really answers (and whether maker-checker can hold it: 202), and the refusal
 * codes it can answer per error status. Keyed by {@code "METHOD /path"} as the document names it. Also
 * what the records do not say of their fields: required ones, patterns ({@code "$id"} names one of
 * {@code patterns}), formats and examples ({@link SchemaRefinements}); {@code parameters} does the same
 * for query and path parameters by name, where the code declared no pattern or format of its own.
 */
record ApiCatalog(List<Tag> tags, Map<String, Entry> operations, Map<String, String> patterns, JsonNode parameters,
                  JsonNode schemas) {
    record Tag(String name, String description) {
    }

    /** {@code body}: null (as springdoc infers it), {@code "file"} or {@code "fileOrMultipart"} ({@link UploadBody}). */
    record Entry(String id, String tag, String summary, String description, Map<String, String> ok, boolean held,
                 Map<String, List<String>> errors, String body) {
    }

    static ApiCatalog load() {
        try (InputStream in = ApiCatalog.class.getResourceAsStream("/openapi/operations.json")) {
            return of(JsonMapper.builder().build().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ApiCatalog of(JsonNode root) {
        List<Tag> tags = new ArrayList<>();
        root.get("tags").forEach(tag -> tags.add(new Tag(tag.get(0).asString(), tag.get(1).asString())));
        Map<String, Entry> operations = new LinkedHashMap<>();
        root.get("operations").properties().forEach(op -> operations.put(op.getKey(), entry(op.getValue())));
        Map<String, String> patterns = new LinkedHashMap<>();
        root.get("patterns").properties().forEach(pattern -> patterns.put(pattern.getKey(), pattern.getValue().asString()));
        return new ApiCatalog(List.copyOf(tags), operations, patterns, root.get("parameters"), root.get("schemas"));
    }

    private static Entry entry(JsonNode node) {
        Map<String, String> ok = new LinkedHashMap<>();
        node.get("ok").properties().forEach(status -> ok.put(status.getKey(), status.getValue().asString()));
        Map<String, List<String>> errors = new LinkedHashMap<>();
        node.get("errors").properties().forEach(status -> {
            List<String> codes = new ArrayList<>();
            status.getValue().forEach(code -> codes.add(code.asString()));
            errors.put(status.getKey(), codes);
        });
        return new Entry(node.get("id").asString(), node.get("tag").asString(), node.get("summary").asString(),
                node.get("description").asString(), ok, node.path("held").asBoolean(false), errors,
                node.has("body") ? node.get("body").asString() : null);
    }
}
