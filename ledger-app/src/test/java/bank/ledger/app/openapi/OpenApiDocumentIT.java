package bank.ledger.app.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.support.LedgerIntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The checked-in {@code docs/openapi.json} is the contract clients generate from (and this build's own
 * client, {@code OpenApiClientIT}); it must be what the running application serves. Regenerate it with
 * {@code LEDGER_OPENAPI_WRITE=1 mvn -B -o -pl ledger-app -am verify -DskipUTs=true -Dit.test=OpenApiDocumentIT
 * -Dsurefire.failIfNoSpecifiedTests=false} (or {@code bin/openapi-regenerate}), then review the diff.
 */
class OpenApiDocumentIT extends LedgerIntegrationTest {

    @Nested
    class TheCheckedInDocument {
        @Test
        void is_the_document_the_application_serves() throws IOException {
            JsonNode served = api.anonymous().get("/v3/api-docs").body();
            Path copy = OpenApiDocuments.checkedIn();
            if ("1".equals(System.getenv("LEDGER_OPENAPI_WRITE"))) {
                Files.writeString(copy, OpenApiDocuments.pretty(served), StandardCharsets.UTF_8);
            }

            assertThat(OpenApiDocuments.pretty(served))
                    .as("docs/openapi.json is stale: regenerate it (LEDGER_OPENAPI_WRITE=1, see this class)")
                    .isEqualTo(Files.readString(copy, StandardCharsets.UTF_8));
        }
    }
}
