package bank.ledger.query.line;

import bank.ledger.projections.readmodel.AccountLineTable;
import bank.ledger.projections.readmodel.AccountTable;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.context.annotation.Profile;
import bank.ledger.query.replica.QueryReads;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Sums over {@code rm_account_line}, the one place where time travel is spelled in SQL: a line counts
 * at effective date D as known at T when {@code effective_date <= D and recorded_at <= T}.
 */
@Component
@Profile("query")
public class LedgerLines {
    /** "As known now": later than any recorded time. */
    private static final Timestamp NOW_AND_EVER = Timestamp.from(Instant.parse("9999-12-31T00:00:00Z"));
    private final JdbcTemplate jdbc;

    public LedgerLines(QueryReads reads) {
        this.jdbc = reads.jdbc();
    }

    /** An account's type and currency, from the chart of accounts. */
    public record AccountHead(String accountId, String type, String currency) {
    }

    /** Sums of the four changes, minor units. */
    public record Totals(long debitsPosted, long creditsPosted, long debitsPending, long creditsPending) {
        public long netDebitPosted() {
            return Math.subtractExact(debitsPosted, creditsPosted);
        }
    }

    public Optional<AccountHead> account(String accountId) {
        return jdbc.query("select " + String.join(", ", AccountTable.ACCOUNT_ID, AccountTable.TYPE, AccountTable.CURRENCY)
                        + " from " + AccountTable.TABLE + " where " + AccountTable.ACCOUNT_ID + " = ?",
                (rs, n) -> new AccountHead(rs.getString(1), rs.getString(2), rs.getString(3)), accountId)
                .stream().findFirst();
    }

    /** The account's totals from lines with effective dates in [from, to], recorded by {@code asKnownAt}. */
    public Totals between(String accountId, LocalDate from, LocalDate to, Instant asKnownAt) {
        return jdbc.queryForObject("select " + AccountLineTable.sumsOfChanges() + " from " + AccountLineTable.TABLE
                        + " where " + AccountLineTable.ACCOUNT_ID + " = ? and " + AccountLineTable.EFFECTIVE_DATE
                        + " >= ? and " + knownAtDate(""),
                (rs, n) -> new Totals(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)),
                accountId, from, to, knownAt(asKnownAt));
    }

    /** The account's totals at the end of effective date {@code date}. */
    public Totals upTo(String accountId, LocalDate date, Instant asKnownAt) {
        return between(accountId, LocalDate.of(1, 1, 1), date, asKnownAt);
    }

    /**
     * The time-travel predicate on lines aliased {@code alias} (empty: none): parameters the effective date D
     * and the recorded time T ({@link #knownAt}).
     */
    public static String knownAtDate(String alias) {
        String p = alias.isEmpty() ? "" : alias + ".";
        return p + AccountLineTable.EFFECTIVE_DATE + " <= ? and " + p + AccountLineTable.RECORDED_AT + " <= ?";
    }

    public static Timestamp knownAt(Instant asKnownAt) {
        return asKnownAt == null ? NOW_AND_EVER : Timestamp.from(asKnownAt);
    }
}
