package bank.ledger.app.security.token;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The public halves of the signing keys, so other services can verify the ledger's access tokens. */
@RestController
public class JwksController {
    private final SigningKeys keys;

    JwksController(SigningKeys keys) {
        this.keys = keys;
    }

    @Operation(summary = "JSON Web Key Set of the keys that sign access tokens")
    @SecurityRequirements
    @GetMapping("/.well-known/jwks.json")
    public Map<String, Object> jwks() {
        return keys.publicKeys().toJSONObject(true);
    }
}
