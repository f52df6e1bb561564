package bank.ledger.app.edge;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.BinarySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The statement upload reads its body itself (no {@code @RequestBody}), so springdoc would document it
 * without one and Swagger UI would offer no way to send a file. Documented here: a form with the file in
 * a part named {@code file} (Swagger UI then shows a file picker), or the file itself as the raw body.
 */
@Configuration
class StatementUploadDocs {
    static final String PATH = "/api/v1/statements";

    @Bean
    OpenApiCustomizer statementUploadBody() {
        return openApi -> {
            PathItem path = openApi.getPaths() == null ? null : openApi.getPaths().get(PATH);
            Operation post = path == null ? null : path.getPost();
            if (post == null) {
                return; // the connectors role is off on this node
            }
            ObjectSchema form = new ObjectSchema();
            form.addProperty("file", new BinarySchema().description("the statement file as the bank sent it"));
            form.addRequiredItem("file");
            post.requestBody(new RequestBody().required(true)
                    .description("camt.052/053/054, MT940/MT942, or CSV with ?profile=: as a multipart form (the part "
                            + "named file, else the first part with a file name) or as the raw body with any content type")
                    .content(new Content()
                            .addMediaType("multipart/form-data", new MediaType().schema(form))
                            .addMediaType("application/octet-stream", new MediaType().schema(new BinarySchema()))));
        };
    }
}
