package bank.ledger.connectors.pull;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
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

/**
 * Seals a connection's credentials for the database, as the webhook secrets are sealed (event-stream's
 * WebhookSecretSealer, the same scheme and key format): AES-256-GCM, a random 96-bit nonce per sealing,
 * the connection id as associated data (a ciphertext copied onto another connection does not open). Keys
 * come from {@code ledger.bank-pulls.credential-keys}, {@code <id>:<base64 of 32 bytes>}; the first seals,
 * all open. Rotation: put the new key first and restart; every connection is re-sealed under it at start
 * ({@link BankConnections#resealAll}), then the old key can go. Without keys the sealer exists but seals
 * nothing: creating a connection is refused {@code credentialKeysMissing}, and the rest of the ledger runs.
 */
public class CredentialSealer {
    public static final String PROPERTY = "ledger.bank-pulls.credential-keys";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int KEY_BYTES = 32;
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Map<String, SecretKey> keys = new LinkedHashMap<>();

    /** Credentials as stored: the key's id and nonce || ciphertext || tag. */
    public record Sealed(String keyId, byte[] ciphertext) {
    }

    public CredentialSealer(List<String> configured) {
        for (String entry : configured) {
            if (!entry.isBlank()) {
                parse(entry.strip());
            }
        }
    }

    public boolean hasKeys() {
        return !keys.isEmpty();
    }

    /** The id of the key that seals, or empty without keys. */
    public Optional<String> activeKeyId() {
        return keys.keySet().stream().findFirst();
    }

    public Sealed seal(String plain, String connectionId) {
        String keyId = activeKeyId().orElseThrow(() -> new IllegalStateException("no key in " + PROPERTY));
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, keys.get(keyId), nonce, connectionId, plain.getBytes(StandardCharsets.UTF_8));
        return new Sealed(keyId, ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array());
    }

    /** The plain text, or empty when its key is not configured (any more) or the ciphertext or its row was altered. */
    public Optional<String> open(Sealed sealed, String connectionId) {
        SecretKey key = keys.get(sealed.keyId());
        if (key == null || sealed.ciphertext().length <= NONCE_BYTES) {
            return Optional.empty();
        }
        byte[] nonce = Arrays.copyOfRange(sealed.ciphertext(), 0, NONCE_BYTES);
        byte[] body = Arrays.copyOfRange(sealed.ciphertext(), NONCE_BYTES, sealed.ciphertext().length);
        try {
            return Optional.of(new String(crypt(Cipher.DECRYPT_MODE, key, nonce, connectionId, body), StandardCharsets.UTF_8));
        } catch (IllegalStateException tampered) {
            return Optional.empty();
        }
    }

    private static byte[] crypt(int mode, SecretKey key, byte[] nonce, String associated, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associated.getBytes(StandardCharsets.UTF_8));
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
