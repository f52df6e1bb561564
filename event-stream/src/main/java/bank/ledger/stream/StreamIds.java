package bank.ledger.stream;

import bank.ledger.domain.refusal.Fields;
import java.util.regex.Pattern;

/**
 * The shape of webhook and replay ids ({@code wh-<uuid>}, {@code rp-<uuid>}): anything else is never
 * sent to the database, where a NUL byte or an overlong text would fail the query (a 500, not an answer).
 */
public final class StreamIds {
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private StreamIds() {
    }

    /** Whether the text could be an id at all; one that cannot is simply not found. */
    public static boolean plausible(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /** A page's {@code after} cursor: empty (the first page) or an id, else {@code 400 invalidField}. */
    public static String cursor(String after) {
        if (!after.isEmpty() && !plausible(after)) {
            throw Fields.invalid("after", "after is the id the previous page ended with");
        }
        return after;
    }
}
