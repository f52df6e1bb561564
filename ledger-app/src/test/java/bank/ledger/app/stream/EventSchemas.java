package bank.ledger.app.stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** The published catalogue in docs/events, loaded from the repository as integrators read it. */
final class EventSchemas {
    static final Path DIRECTORY = Path.of("..", "docs", "events");
    private static final ObjectMapper JACKSON2 = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private EventSchemas() {
    }

    /** Validation errors of a published message (JSON text) against the envelope and its type's payload schema. */
    static Set<ValidationMessage> errors(String envelopeJson) throws IOException {
        com.fasterxml.jackson.databind.JsonNode envelope = JACKSON2.readTree(envelopeJson);
        Set<ValidationMessage> errors = new java.util.LinkedHashSet<>(load("envelope.v1").validate(envelope));
        String payloadSchema = envelope.get("type").asText() + ".v" + envelope.get("schemaVersion").asInt();
        errors.addAll(load(payloadSchema).validate(envelope.get("payload")));
        return errors;
    }

    /** The event types that have a payload schema file. */
    static List<String> documentedTypes() throws IOException {
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".v1.schema.json"))
                    .map(name -> name.substring(0, name.indexOf('.'))).filter(name -> !name.equals("envelope"))
                    .sorted().toList();
        }
    }

    private static JsonSchema load(String name) throws IOException {
        try (InputStream in = Files.newInputStream(DIRECTORY.resolve(name + ".schema.json"))) {
            return FACTORY.getSchema(in);
        }
    }
}
