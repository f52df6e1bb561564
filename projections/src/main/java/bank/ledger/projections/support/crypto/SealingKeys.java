package bank.ledger.projections.support.crypto;

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
 * Seals secrets for the database (the webhooks' signing secrets, the bank connections' credentials):
 * AES-256-GCM, a random 96-bit nonce per sealing, the owning row's id as associated data (a ciphertext
 * copied onto another row does not open). Keys are configured as {@code <id>:<base64 of 32 bytes>}; the
 * first seals, all open, so a rotation puts the new key first and keeps the old ones until every row was
 * sealed again. Plain Java: each module's sealer names its own setting and decides whether it is required.
 */
public final class SealingKeys {
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int KEY_BYTES = 32;
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private final String property;
    private final Map<String, SecretKey> keys = new LinkedHashMap<>();

    /** A secret as stored: the key's id and nonce || ciphertext || tag. */
    public record Sealed(String keyId, byte[] ciphertext) {
    }

    /** The keys of {@code property} (named in every error); blank entries are skipped, a malformed one refused. */
    public SealingKeys(String property, List<String> configured) {
        this.property = property;
        for (String entry : configured) {
            if (!entry.isBlank()) {
                parse(entry.strip());
            }
        }
    }

    public boolean isEmpty() {
        return keys.isEmpty();
    }

    /** The id of the key that seals, or empty without keys. */
    public Optional<String> activeKeyId() {
        return keys.keySet().stream().findFirst();
    }

    public Sealed seal(String secret, String owner) {
        String keyId = activeKeyId().orElseThrow(() -> new IllegalStateException("no key in " + property));
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, keys.get(keyId), nonce, owner, secret.getBytes(StandardCharsets.UTF_8));
        return new Sealed(keyId, ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array());
    }

    /** The secret, or empty when its key is not configured (any more) or the ciphertext or its owner was altered. */
    public Optional<String> open(Sealed sealed, String owner) {
        SecretKey key = keys.get(sealed.keyId());
        if (key == null || sealed.ciphertext().length <= NONCE_BYTES) {
            return Optional.empty();
        }
        byte[] nonce = Arrays.copyOfRange(sealed.ciphertext(), 0, NONCE_BYTES);
        byte[] body = Arrays.copyOfRange(sealed.ciphertext(), NONCE_BYTES, sealed.ciphertext().length);
        try {
            return Optional.of(new String(crypt(Cipher.DECRYPT_MODE, key, nonce, owner, body), StandardCharsets.UTF_8));
        } catch (IllegalStateException tampered) {
            return Optional.empty();
        }
    }

    private static byte[] crypt(int mode, SecretKey key, byte[] nonce, String owner, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(owner.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM failed (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private void parse(String entry) {
        int colon = entry.indexOf(':');
        String id = colon < 0 ? "" : entry.substring(0, colon);
        if (!KEY_ID.matcher(id).matches()) {
            throw new IllegalStateException(property + ": each entry is <id>:<base64 key>, the id of letters, digits, . _ -");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(entry.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(property + ": the key " + id + " is not base64");
        }
        if (key.length != KEY_BYTES) {
            throw new IllegalStateException(property + ": the key " + id + " has " + key.length + " bytes, not 32");
        }
        if (keys.putIfAbsent(id, new SecretKeySpec(key, "AES")) != null) {
            throw new IllegalStateException(property + ": the key id " + id + " appears twice");
        }
    }
}
