package bank.ledger.stream;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Topic routing keys {@code <type>.<account>}: {@code JournalEntryPosted.cash-1}. Account ids are free
 * text, but a routing key is at most 255 bytes of dot-separated words, so an id becomes one word: kept
 * as is when it is made of letters, digits, '-' and '_' only (the common case, readable in bindings),
 * otherwise {@code ~} and the hex SHA-256 of its UTF-8 bytes. Events that name no account use {@code -}.
 */
public final class RoutingKeys {
    public static final String NO_ACCOUNT = "-";
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,127}");

    private RoutingKeys() {
    }

    public static String of(String type, String accountId) {
        return type + "." + accountWord(accountId);
    }

    public static String accountWord(String accountId) {
        if (accountId == null) {
            return NO_ACCOUNT;
        }
        if (PLAIN.matcher(accountId).matches()) {
            return accountId;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(accountId.getBytes(StandardCharsets.UTF_8));
            return "~" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
