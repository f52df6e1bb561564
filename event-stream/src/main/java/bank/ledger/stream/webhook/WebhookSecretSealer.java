package bank.ledger.stream.webhook;

import bank.ledger.projections.support.crypto.SealingKeys;
import bank.ledger.stream.StreamProperties;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Seals webhook signing secrets for the database ({@link SealingKeys}: AES-256-GCM, a random 96-bit nonce
 * per sealing, the webhook id as associated data, so a ciphertext copied onto another row does not open).
 * Keys come from {@code ledger.stream.webhooks.secret-keys}, entries {@code <id>:<base64 of 32 bytes>}; the
 * first seals, all open (rotation: put the new key first, restart, every row is re-sealed under it, then drop
 * the old). Without a key the application does not start; the dev profile configures a public dev key.
 */
@Component
@Profile("projections")
public class WebhookSecretSealer {
    public static final String PROPERTY = "ledger.stream.webhooks.secret-keys";
    private final SealingKeys keys;

    /** A secret as stored: the key's id and nonce || ciphertext || tag. */
    public record Sealed(String keyId, byte[] ciphertext) {
    }

    @Autowired
    public WebhookSecretSealer(StreamProperties properties) {
        this(properties.webhooks().secretKeys());
    }

    WebhookSecretSealer(List<String> configured) {
        keys = new SealingKeys(PROPERTY, configured);
        if (keys.isEmpty()) {
            throw new IllegalStateException("no webhook secret key configured (" + PROPERTY
                    + "=<id>:<base64 of 32 random bytes>, e.g. from `openssl rand -base64 32`)");
        }
    }

    public String activeKeyId() {
        return keys.activeKeyId().orElseThrow();
    }

    public Sealed seal(String secret, String webhookId) {
        SealingKeys.Sealed sealed = keys.seal(secret, webhookId);
        return new Sealed(sealed.keyId(), sealed.ciphertext());
    }

    /** The secret, or empty when its key is not configured any more or the ciphertext was altered. */
    public Optional<String> open(Sealed sealed, String webhookId) {
        return keys.open(new SealingKeys.Sealed(sealed.keyId(), sealed.ciphertext()), webhookId);
    }
}
