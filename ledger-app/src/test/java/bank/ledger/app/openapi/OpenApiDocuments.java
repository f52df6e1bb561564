package bank.ledger.app.openapi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The checked-in OpenAPI document, found from the module or the repository root, read and written one way. */
final class OpenApiDocuments {
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private OpenApiDocuments() {
    }

    static Path checkedIn() {
        Path fromModule = Path.of("..", "docs", "openapi.json");
        return Files.isDirectory(Path.of("..", "docs")) ? fromModule : Path.of("docs", "openapi.json");
    }

    static JsonNode read() throws IOException {
        return JSON.readTree(Files.readString(checkedIn()));
    }

    /** The refusal codes the document lists for one answer of one operation ({@code x-error-codes}). */
    static List<String> errorCodes(String path, String method, String status) throws IOException {
        List<String> codes = new ArrayList<>();
        read().path("paths").path(path).path(method).path("responses").path(status).path("x-error-codes")
                .forEach(code -> codes.add(code.asString()));
        return codes;
    }

    /** Indented, with a final line break, so the checked-in copy diffs line by line. */
    static String pretty(JsonNode document) {
        return JSON.writeValueAsString(document) + "\n";
    }
}
