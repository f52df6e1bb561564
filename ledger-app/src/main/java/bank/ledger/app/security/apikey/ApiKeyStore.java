package bank.ledger.app.security.apikey;

import bank.ledger.app.security.token.SessionStore;
import bank.ledger.app.security.user.UserAccount;
import bank.ledger.app.security.user.UserStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * API keys of service accounts ({@code app_api_key}). A key reads {@code lk_<keyId>_<secret>}: the id
 * finds the row, the secret (256 random bits) is compared by its SHA-256 in constant time. The full key
 * is shown once, when issued; the ledger cannot show it again.
 */
@Repository
public class ApiKeyStore {
    private static final Pattern KEY = Pattern.compile("lk_([0-9a-f]{16})_([A-Za-z0-9_-]{43})");
    private static final SecureRandom RANDOM = new SecureRandom();
    /** One round trip: the key and its holder together (every request of a machine client comes this way). */
    private static final String KEY_AND_HOLDER = "select k.secret_hash, " + UserStore.columns("u")
            + " from app_api_key k join app_user u on u.username = k.username"
            + " where k.key_id = ? and k.revoked_at is null";
    private final JdbcTemplate jdbc;

    public ApiKeyStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record Issued(String keyId, String apiKey) {
    }

    public Issued issue(String username, String createdBy) {
        byte[] id = new byte[8];
        byte[] secret = new byte[32];
        RANDOM.nextBytes(id);
        RANDOM.nextBytes(secret);
        String keyId = HexFormat.of().formatHex(id);
        String secretText = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        jdbc.update("insert into app_api_key (key_id, username, secret_hash, created_by) values (?, ?, ?, ?)",
                keyId, username, SessionStore.sha256(secretText), createdBy);
        return new Issued(keyId, "lk_" + keyId + "_" + secretText);
    }

    /** The enabled service account a valid, unrevoked key belongs to. */
    public Optional<UserAccount> authenticate(String apiKey) {
        Matcher parts = apiKey == null ? null : KEY.matcher(apiKey);
        if (parts == null || !parts.matches()) {
            return Optional.empty();
        }
        List<Holder> rows = jdbc.query(KEY_AND_HOLDER,
                (rs, n) -> new Holder(rs.getString("secret_hash"), UserStore.ROW.mapRow(rs, n)), parts.group(1));
        if (rows.isEmpty() || !MessageDigest.isEqual(rows.get(0).secretHash().getBytes(StandardCharsets.US_ASCII),
                SessionStore.sha256(parts.group(2)).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        return Optional.of(rows.get(0).user()).filter(UserAccount::enabled);
    }

    private record Holder(String secretHash, UserAccount user) {
    }

    public boolean revoke(String keyId) {
        return jdbc.update("update app_api_key set revoked_at = now() where key_id = ? and revoked_at is null",
                keyId) == 1;
    }
}
