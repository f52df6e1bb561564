package bank.ledger.connectors.pull;

import java.util.ArrayList;
import java.util.List;

/**
 * What a connection authenticates with, sealed as one JSON document. SFTP: {@code password} or
 * {@code privateKey} (OpenSSH or PEM, unencrypted). API: {@code bearerToken}, or {@code clientId} with
 * {@code clientSecret} (sent as HTTP Basic), and the PSD2 {@code consentId} when the bank asks for one.
 * Its {@code toString} names the fields set, never their values (a log line or an exception cannot leak them).
 */
public record PullCredentials(String password, String privateKey, String bearerToken, String clientId,
                              String clientSecret, String consentId) {
    public static final int LENGTH_MAX = 16_384;

    public List<String> names() {
        List<String> names = new ArrayList<>();
        add(names, "password", password);
        add(names, "privateKey", privateKey);
        add(names, "bearerToken", bearerToken);
        add(names, "clientId", clientId);
        add(names, "clientSecret", clientSecret);
        add(names, "consentId", consentId);
        return names;
    }

    public boolean has(String value) {
        return value != null && !value.isEmpty();
    }

    @Override
    public String toString() {
        return "PullCredentials" + names();
    }

    private void add(List<String> names, String name, String value) {
        if (has(value)) {
            names.add(name);
        }
    }
}
