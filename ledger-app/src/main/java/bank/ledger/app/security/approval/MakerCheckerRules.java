package bank.ledger.app.security.approval;

import bank.ledger.domain.money.DecimalAmount;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Which requests need a second person: closing an account, reversing an entry, changing a user's role,
 * and posting an entry with a line at or above the threshold. A body that is not JSON is never held:
 * the endpoint refuses it at once (400), so a malformed request leaves no approval behind. The threshold is a decimal in major units, compared with each
 * line's amount as written (the ledger does not look up the accounts' currencies here, so one threshold
 * serves every currency; see docs/security.md).
 */
final class MakerCheckerRules {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CLOSE = Pattern.compile("/api/v1/accounts/[^/]+/close");
    private static final Pattern REVERSE = Pattern.compile("/api/v1/journal-entries/[^/]+/reverse");
    private static final Pattern ROLE_CHANGE = Pattern.compile("/api/v1/users/[^/]+/role");
    private static final String POST_ENTRY = "/api/v1/journal-entries";
    private final DecimalAmount threshold;

    MakerCheckerRules(String threshold) {
        this.threshold = DecimalAmount.parse(threshold, "ledger.maker-checker.posting-threshold");
    }

    /** Whether the request might need approval: only then is its body read. */
    boolean isCandidate(String method, String path) {
        return "POST".equals(method) && (CLOSE.matcher(path).matches() || REVERSE.matcher(path).matches()
                || ROLE_CHANGE.matcher(path).matches() || POST_ENTRY.equals(path));
    }

    /** The reason the request needs approval, or empty when it may run at once. */
    Optional<String> reasonFor(String method, String path, byte[] body) {
        JsonNode json = body.length == 0 ? JSON.createObjectNode() : readObject(body);
        if (!isCandidate(method, path) || json == null) {
            return Optional.empty();
        }
        if (CLOSE.matcher(path).matches()) {
            return Optional.of("closeAccount");
        }
        if (REVERSE.matcher(path).matches()) {
            return Optional.of("reversal");
        }
        if (ROLE_CHANGE.matcher(path).matches()) {
            return Optional.of("roleChange");
        }
        return hasLineAtOrAboveThreshold(json) ? Optional.of("largePosting") : Optional.empty();
    }

    private static JsonNode readObject(byte[] body) {
        try {
            JsonNode json = JSON.readTree(body);
            return json != null && json.isObject() ? json : null;
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    /** Lines whose amount cannot be read are not held: the endpoint itself refuses them with a problem. */
    private boolean hasLineAtOrAboveThreshold(JsonNode json) {
        try {
            JsonNode postings = json.path("postings");
            for (JsonNode line : postings) {
                String amount = line.path("amount").asString(null);
                if (amount != null && compare(DecimalAmount.parse(amount, "amount"), threshold) >= 0) {
                    return true;
                }
            }
            return false;
        } catch (RuntimeException unreadable) {
            return false;
        }
    }

    /** Exact comparison of two decimals: both are scaled to the larger scale (at most 14 + 4 digits). */
    static int compare(DecimalAmount a, DecimalAmount b) {
        int scale = Math.max(a.scale(), b.scale());
        return Long.compare(a.unscaled() * pow10(scale - a.scale()), b.unscaled() * pow10(scale - b.scale()));
    }

    private static long pow10(int n) {
        long result = 1;
        for (int i = 0; i < n; i++) {
            result *= 10;
        }
        return result;
    }
}
