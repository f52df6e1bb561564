package bank.ledger.stream.webhook;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import bank.ledger.stream.StreamProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Seals webhook signing secrets for the database: AES-256-GCM, a random 96-bit nonce per sealing, the
 * webhook id as associated data (a ciphertext copied onto another row does not open). Keys come from
 * {@code ledger.stream.webhooks.secret-keys}, entries {@code <id>:<base64 of 32 bytes>}; the first seals,
 * all open (rotation: put the new key first, restart, every row is re-sealed under it, then drop the old).
 * Without a key the application does not start; the dev profile configures a public dev key.
 */
@Component
@Profile("projections")
public class WebhookSecretSealer {
    public static final String PROPERTY = "ledger.stream.webhooks.secret-keys";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int KEY_BYTES = 32;
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Map<String, SecretKey> keys = new LinkedHashMap<>();
    private final String activeKeyId;

    /** A secret as stored: the key's id and nonce || ciphertext || tag. */
    public record Sealed(String keyId, byte[] ciphertext) {
    }

    @Autowired
    public WebhookSecretSealer(StreamProperties properties) {
        this(properties.webhooks().secretKeys());
    }

    WebhookSecretSealer(List<String> configured) {
        for (String entry : configured) {
            if (!entry.isBlank()) {
                parse(entry.trim());
            }
        }
        if (keys.isEmpty()) {
            throw new IllegalStateException("no webhook secret key configured (" + PROPERTY
                    + "=<id>:<base64 of 32 random bytes>, e.g. from `openssl rand -base64 32`)");
        }
        activeKeyId = keys.keySet().iterator().next();
    }

    public String activeKeyId() {
        return activeKeyId;
    }

    public Sealed seal(String secret, String webhookId) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, keys.get(activeKeyId), nonce, webhookId,
                secret.getBytes(StandardCharsets.UTF_8));
        return new Sealed(activeKeyId, ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array());
    }

    /** The secret, or empty when its key is not configured any more or the ciphertext was altered. */
    public Optional<String> open(Sealed sealed, String webhookId) {
        SecretKey key = keys.get(sealed.keyId());
        if (key == null || sealed.ciphertext().length <= NONCE_BYTES) {
            return Optional.empty();
        }
        byte[] nonce = java.util.Arrays.copyOfRange(sealed.ciphertext(), 0, NONCE_BYTES);
        byte[] body = java.util.Arrays.copyOfRange(sealed.ciphertext(), NONCE_BYTES, sealed.ciphertext().length);
        try {
            return Optional.of(new String(crypt(Cipher.DECRYPT_MODE, key, nonce, webhookId, body), StandardCharsets.UTF_8));
        } catch (IllegalStateException tampered) {
            return Optional.empty();
        }
    }

    private static byte[] crypt(int mode, SecretKey key, byte[] nonce, String webhookId, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(webhookId.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM failed (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private void parse(String entry) {
        int colon = entry.indexOf(':');
        String id = colon < 0 ? "" : entry.substring(0, colon);
        if (!KEY_ID.matcher(id).matches()) {
            throw new IllegalStateException(PROPERTY + ": each entry is <id>:<base64 key>, the id of letters, digits, . _ -");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(entry.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(PROPERTY + ": the key " + id + " is not base64");
        }
        if (key.length != KEY_BYTES) {
            throw new IllegalStateException(PROPERTY + ": the key " + id + " has " + key.length + " bytes, not 32");
        }
        if (keys.putIfAbsent(id, new SecretKeySpec(key, "AES")) != null) {
            throw new IllegalStateException(PROPERTY + ": the key id " + id + " appears twice");
        }
    }
}
