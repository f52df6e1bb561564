package bank.ledger.projections.readmodel;

import static bank.ledger.projections.readmodel.AccountTable.*;

import bank.ledger.projections.Json;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Redis hash of one hot account: its fields are the {@code rm_account} columns ({@link AccountTable}),
 * values as text. Redis has no null, so an empty {@code parent_account_id} means "no parent". A hash
 * missing any field (Redis was flushed, then only a balance change arrived) is not an account.
 * Instants are written at PostgreSQL's precision (microseconds, rounded, {@link #instant}): the projection (from the
 * event, nanoseconds) and a refill (from {@code rm_account}) then write the same text, and an account reads
 * the same from Redis as from PostgreSQL.
 */
public final class HotAccountHash {
    /** Fields an account never changes: safe to fill even when Redis is ahead of PostgreSQL. */
    public static final List<String> IMMUTABLE = List.of(ACCOUNT_ID, CODE, NAME, TYPE, CURRENCY,
            DEBITS_MUST_NOT_EXCEED_CREDITS, CREDITS_MUST_NOT_EXCEED_DEBITS, METADATA, OPENED_AT, PARENT_ACCOUNT_ID);

    private HotAccountHash() {
    }

    /** Every field of the row, {@code last_sequence} included. */
    public static Map<String, String> fields(AccountRow row) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put(ACCOUNT_ID, row.accountId());
        f.put(CODE, row.code());
        f.put(NAME, row.name());
        f.put(TYPE, row.type());
        f.put(CURRENCY, row.currency());
        f.putAll(status(row.status(), row.updatedAt()));
        f.put(DEBITS_MUST_NOT_EXCEED_CREDITS, Boolean.toString(row.debitsMustNotExceedCredits()));
        f.put(CREDITS_MUST_NOT_EXCEED_DEBITS, Boolean.toString(row.creditsMustNotExceedDebits()));
        f.put(METADATA, Json.write(row.metadata()));
        f.putAll(totals(row.debitsPosted(), row.creditsPosted(), row.debitsPending(), row.creditsPending()));
        f.put(OPENED_AT, instant(row.openedAt()));
        f.put(LAST_SEQUENCE, Long.toString(row.lastSequence()));
        f.put(PARENT_ACCOUNT_ID, row.parentAccountId() == null ? "" : row.parentAccountId());
        return f;
    }

    /** The fields a status change sets. */
    public static Map<String, String> status(String status, Instant at) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put(STATUS, status);
        f.put(UPDATED_AT, instant(at));
        return f;
    }

    /**
     * An instant as a hash value: ISO-8601 at the microsecond precision of {@code timestamptz}, rounded half up
     * as the PostgreSQL driver rounds what it stores.
     */
    public static String instant(Instant at) {
        return at.plusNanos(500).truncatedTo(ChronoUnit.MICROS).toString();
    }

    /** The four totals as hash fields. */
    public static Map<String, String> totals(long debitsPosted, long creditsPosted, long debitsPending,
                                             long creditsPending) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put(DEBITS_POSTED, Long.toString(debitsPosted));
        f.put(CREDITS_POSTED, Long.toString(creditsPosted));
        f.put(DEBITS_PENDING, Long.toString(debitsPending));
        f.put(CREDITS_PENDING, Long.toString(creditsPending));
        return f;
    }

    /** The account a complete hash holds; empty when any field is missing. */
    public static Optional<AccountRow> row(Map<?, ?> h) {
        if (!h.keySet().containsAll(COLUMNS)) {
            return Optional.empty();
        }
        String parent = s(h, PARENT_ACCOUNT_ID);
        return Optional.of(new AccountRow(s(h, ACCOUNT_ID), s(h, CODE), s(h, NAME), s(h, TYPE), s(h, CURRENCY),
                s(h, STATUS), Boolean.parseBoolean(s(h, DEBITS_MUST_NOT_EXCEED_CREDITS)),
                Boolean.parseBoolean(s(h, CREDITS_MUST_NOT_EXCEED_DEBITS)), ReadModelJson.stringMap(s(h, METADATA)),
                l(h, DEBITS_POSTED), l(h, CREDITS_POSTED), l(h, DEBITS_PENDING), l(h, CREDITS_PENDING),
                Instant.parse(s(h, OPENED_AT)), Instant.parse(s(h, UPDATED_AT)), l(h, LAST_SEQUENCE),
                parent.isEmpty() ? null : parent));
    }

    private static String s(Map<?, ?> hash, String field) {
        return (String) hash.get(field);
    }

    private static long l(Map<?, ?> hash, String field) {
        return Long.parseLong(s(hash, field));
    }
}
