package bank.ledger.connectors.pull;

import bank.ledger.projections.support.crypto.SealingKeys;
import java.util.List;
import java.util.Optional;

/**
 * Seals a connection's credentials for the database as the webhook secrets are sealed ({@link SealingKeys}:
 * AES-256-GCM, the connection id as associated data, so a ciphertext copied onto another connection does not
 * open). Keys come from {@code ledger.bank-pulls.credential-keys}, {@code <id>:<base64 of 32 bytes>}; the first
 * seals, all open. Rotation: put the new key first and restart; every connection is re-sealed under it at
 * start ({@link BankConnections#resealAll}), then the old key can go. Without keys the sealer exists but seals
 * nothing: creating a connection is refused {@code credentialKeysMissing}, and the rest of the ledger runs.
 */
public class CredentialSealer {
    public static final String PROPERTY = "ledger.bank-pulls.credential-keys";
    private final SealingKeys keys;

    public CredentialSealer(List<String> configured) {
        keys = new SealingKeys(PROPERTY, configured);
    }

    public boolean hasKeys() {
        return !keys.isEmpty();
    }

    /** The id of the key that seals, or empty without keys. */
    public Optional<String> activeKeyId() {
        return keys.activeKeyId();
    }

    public SealingKeys.Sealed seal(String plain, String connectionId) {
        return keys.seal(plain, connectionId);
    }

    /** The plain text, or empty when its key is not configured (any more) or the ciphertext or its row was altered. */
    public Optional<String> open(SealingKeys.Sealed sealed, String connectionId) {
        return keys.open(sealed, connectionId);
    }
}
