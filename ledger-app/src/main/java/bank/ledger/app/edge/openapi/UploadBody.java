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
    private UploadBody() {
    }

    static RequestBody of(String kind) {
        Content content = new Content()
                .addMediaType("application/octet-stream", new MediaType().schema(new BinarySchema()))
                .addMediaType("application/xml", new MediaType().schema(new BinarySchema()))
                .addMediaType("text/plain", new MediaType().schema(new BinarySchema()));
        if ("fileOrMultipart".equals(kind)) {
            ObjectSchema form = new ObjectSchema();
            form.addProperty("file", new BinarySchema().description("The statement file"));
            form.setRequired(new ArrayList<>(List.of("file")));
            content.addMediaType("multipart/form-data", new MediaType().schema(form));
        }
        return new RequestBody().required(true).content(content).description("The statement file as it came from the "
                + "bank (camt.052/053/054 XML, MT940/942, CSV with ?profile=); any other content type is read as raw bytes too");
    }
}
