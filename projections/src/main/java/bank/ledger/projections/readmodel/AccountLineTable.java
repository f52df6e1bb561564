package bank.ledger.projections.readmodel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.RowMapper;

/**
 * Table {@code rm_account_line} (processing group {@code account-lines}): every account's lines with the
 * totals after each; key (account, aggregate sequence). The source of account statements, balances at a
 * date, "as known at", the trial balance and the chart's roll-ups.
 */
public final class AccountLineTable {
    public static final String TABLE = "rm_account_line";
    public static final String ACCOUNT_ID = "account_id";
    public static final String SEQUENCE = "sequence";
    public static final String ENTRY_ID = "entry_id";
    public static final String CURRENCY = "currency";
    public static final String EFFECTIVE_DATE = "effective_date";
    public static final String RECORDED_AT = "recorded_at";
    public static final String CHANGE_DEBITS_POSTED = "change_debits_posted";
    public static final String CHANGE_CREDITS_POSTED = "change_credits_posted";
    public static final String CHANGE_DEBITS_PENDING = "change_debits_pending";
    public static final String CHANGE_CREDITS_PENDING = "change_credits_pending";
    public static final String TOTAL_DEBITS_POSTED = "total_debits_posted";
    public static final String TOTAL_CREDITS_POSTED = "total_credits_posted";
    public static final String TOTAL_DEBITS_PENDING = "total_debits_pending";
    public static final String TOTAL_CREDITS_PENDING = "total_credits_pending";
    public static final String ACTOR = "actor";
    public static final String CHANNEL = "channel";
    public static final String CORRELATION_ID = "correlation_id";
    /** Every column, in insert order. */
    public static final List<String> COLUMNS = List.of(ACCOUNT_ID, SEQUENCE, ENTRY_ID, CURRENCY, EFFECTIVE_DATE,
            RECORDED_AT, CHANGE_DEBITS_POSTED, CHANGE_CREDITS_POSTED, CHANGE_DEBITS_PENDING, CHANGE_CREDITS_PENDING,
            TOTAL_DEBITS_POSTED, TOTAL_CREDITS_POSTED, TOTAL_DEBITS_PENDING, TOTAL_CREDITS_PENDING, ACTOR, CHANNEL,
            CORRELATION_ID);
    /** An account's newest lines, newest first: parameters account id and how many. */
    public static final String SELECT_RECENT = "select " + String.join(", ", SEQUENCE, ENTRY_ID, EFFECTIVE_DATE,
            RECORDED_AT, CHANGE_DEBITS_POSTED, CHANGE_CREDITS_POSTED, CHANGE_DEBITS_PENDING, CHANGE_CREDITS_PENDING,
            TOTAL_DEBITS_POSTED, TOTAL_CREDITS_POSTED, TOTAL_DEBITS_PENDING, TOTAL_CREDITS_PENDING) + " from " + TABLE
            + " where " + ACCOUNT_ID + " = ? order by " + SEQUENCE + " desc limit ?";
    /** Reads a row of {@link #SELECT_RECENT}. */
    public static final RowMapper<RecentLine> RECENT_LINE = AccountLineTable::recentLine;

    private AccountLineTable() {
    }

    /** {@code coalesce(sum(change_…), 0)} of the four changes, in the order debits/credits posted, then pending. */
    public static String sumsOfChanges() {
        return String.join(", ", List.of(CHANGE_DEBITS_POSTED, CHANGE_CREDITS_POSTED, CHANGE_DEBITS_PENDING,
                CHANGE_CREDITS_PENDING).stream().map(c -> "coalesce(sum(" + c + "), 0)").toList());
    }

    private static RecentLine recentLine(ResultSet rs, int rowNum) throws SQLException {
        return new RecentLine(rs.getLong(SEQUENCE), rs.getString(ENTRY_ID), rs.getDate(EFFECTIVE_DATE).toLocalDate(),
                rs.getTimestamp(RECORDED_AT).toInstant(),
                new RecentLine.Amounts(rs.getLong(CHANGE_DEBITS_POSTED), rs.getLong(CHANGE_CREDITS_POSTED),
                        rs.getLong(CHANGE_DEBITS_PENDING), rs.getLong(CHANGE_CREDITS_PENDING)),
                new RecentLine.Amounts(rs.getLong(TOTAL_DEBITS_POSTED), rs.getLong(TOTAL_CREDITS_POSTED),
                        rs.getLong(TOTAL_DEBITS_PENDING), rs.getLong(TOTAL_CREDITS_PENDING)));
    }
}
