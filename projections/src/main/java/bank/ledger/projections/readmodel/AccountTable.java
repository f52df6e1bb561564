package bank.ledger.projections.readmodel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.RowMapper;

/**
 * Table {@code rm_account} (processing group {@code account-balances}): its name, its columns and the
 * mapper to {@link AccountRow}. The Redis hot hash uses the same names as fields ({@link HotAccountHash}).
 */
public final class AccountTable {
    public static final String TABLE = "rm_account";
    public static final String ACCOUNT_ID = "account_id";
    public static final String CODE = "code";
    public static final String NAME = "name";
    public static final String TYPE = "type";
    public static final String CURRENCY = "currency";
    public static final String STATUS = "status";
    public static final String DEBITS_MUST_NOT_EXCEED_CREDITS = "debits_must_not_exceed_credits";
    public static final String CREDITS_MUST_NOT_EXCEED_DEBITS = "credits_must_not_exceed_debits";
    /** Issue 18: written at opening, read by the FX revaluation only (not part of {@link #COLUMNS}). */
    public static final String FX_CLEARING = "fx_clearing";
    public static final String METADATA = "metadata";
    public static final String DEBITS_POSTED = "debits_posted";
    public static final String CREDITS_POSTED = "credits_posted";
    public static final String DEBITS_PENDING = "debits_pending";
    public static final String CREDITS_PENDING = "credits_pending";
    public static final String OPENED_AT = "opened_at";
    public static final String UPDATED_AT = "updated_at";
    public static final String LAST_SEQUENCE = "last_sequence";
    public static final String PARENT_ACCOUNT_ID = "parent_account_id";
    /** Every column, in the order of {@link AccountRow}'s components. */
    public static final List<String> COLUMNS = List.of(ACCOUNT_ID, CODE, NAME, TYPE, CURRENCY, STATUS,
            DEBITS_MUST_NOT_EXCEED_CREDITS, CREDITS_MUST_NOT_EXCEED_DEBITS, METADATA, DEBITS_POSTED, CREDITS_POSTED,
            DEBITS_PENDING, CREDITS_PENDING, OPENED_AT, UPDATED_AT, LAST_SEQUENCE, PARENT_ACCOUNT_ID);
    /** {@code select <every column> from rm_account}: append a where clause. */
    public static final String SELECT = "select " + String.join(", ", COLUMNS) + " from " + TABLE;
    /** Reads a row selected with {@link #SELECT} (or any select naming the columns). */
    public static final RowMapper<AccountRow> ROW = AccountTable::row;

    private AccountTable() {
    }

    private static AccountRow row(ResultSet rs, int rowNum) throws SQLException {
        return new AccountRow(rs.getString(ACCOUNT_ID), rs.getString(CODE), rs.getString(NAME), rs.getString(TYPE),
                rs.getString(CURRENCY), rs.getString(STATUS), rs.getBoolean(DEBITS_MUST_NOT_EXCEED_CREDITS),
                rs.getBoolean(CREDITS_MUST_NOT_EXCEED_DEBITS), ReadModelJson.stringMap(rs.getString(METADATA)),
                rs.getLong(DEBITS_POSTED), rs.getLong(CREDITS_POSTED), rs.getLong(DEBITS_PENDING),
                rs.getLong(CREDITS_PENDING), rs.getTimestamp(OPENED_AT).toInstant(),
                rs.getTimestamp(UPDATED_AT).toInstant(), rs.getLong(LAST_SEQUENCE), rs.getString(PARENT_ACCOUNT_ID));
    }
}
