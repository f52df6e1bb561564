package bank.ledger.app.edge.openapi;

import io.swagger.v3.oas.models.media.BinarySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import java.util.ArrayList;
import java.util.List;

/**
 * The request body of a statement file: the controllers read the raw stream (any content type: the
 * parser recognises the format), so springdoc sees no body. Upload also takes the file as the
 * {@code file} part of multipart/form-data, which is what Swagger UI and browsers send.
 */
final class UploadBody {
    /** A named schema: generators make a model of it (an inline one left a dangling import in the Java client). */
    static final String FORM = "StatementUploadForm";

    private UploadBody() {
    }

    static ObjectSchema formSchema() {
        ObjectSchema form = new ObjectSchema();
        form.description("A statement file sent as a form (Swagger UI, browsers)");
        form.addProperty("file", new BinarySchema().description("The statement file"));
        form.setRequired(new ArrayList<>(List.of("file")));
        return form;
    }

    static RequestBody of(String kind) {
        Content content = new Content()
                .addMediaType("application/octet-stream", new MediaType().schema(new BinarySchema()))
                .addMediaType("application/xml", new MediaType().schema(new BinarySchema()))
                .addMediaType("text/plain", new MediaType().schema(new BinarySchema()));
        if ("fileOrMultipart".equals(kind)) {
            content.addMediaType("multipart/form-data", new MediaType().schema(ProblemDocumentation.ref(FORM)));
        }
        return new RequestBody().required(true).content(content).description("The statement file as it came from the "
                + "bank (camt.052/053/054 XML, MT940/942, CSV with ?profile=); any other content type is read as raw bytes too");
    }
}
