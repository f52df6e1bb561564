package bank.ledger.connectors.read;

import java.time.LocalDate;
import bank.ledger.domain.statement.api.StatementWarning;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The statement-to-ledger proof: the bank's closing balance against the ledger balance of the mapped
 * account on the same date, and the difference explained by the two kinds of open items: bank lines
 * not yet in the ledger (open, up to that date) and ledger postings the bank has not shown yet
 * (unclaimed, up to that date). Suspended lines are in the ledger already, through the suspense entry.
 * {@code unexplained} must be zero; anything else is a missing or wrong posting to investigate.
 * A statement whose own balances do not add up (warning balanceMismatch) is shown {@code proven: false} with
 * the bank's difference and its warnings: its closing balance cannot prove the ledger, so it is never
 * {@code reconciled}, whatever the figures say.
 */
final class ProofView {
    private ProofView() {
    }

    static BankStatementProof of(JdbcTemplate jdbc, Map<String, Object> statement) {
        String currency = (String) statement.get("currency");
        String account = (String) statement.get("ledger_account_id");
        String key = (String) statement.get("statement_key");
        Long bank = (Long) statement.get("closing_minor");
        LocalDate date = statement.get("closing_date") == null ? null
                : ((java.sql.Date) statement.get("closing_date")).toLocalDate();
        String day = date == null ? null : date.toString();
        boolean proven = ReconciliationQueries.proven(statement);
        String bankDifference = ReconciliationQueries.bankDifference(statement);
        List<StatementWarning> warnings = ReconciliationQueries.warnings(statement);
        if (bank == null || date == null) {
            return new BankStatementProof(key, account, currency, day, proven, bankDifference, warnings, false,
                    "the statement carries no closing balance (camt.054, MT942, CSV)", null, null, null, null, null, null,
                    null);
        }
        long ledger = sum(jdbc, "select coalesce(sum(signed_minor), 0) from recon_ledger_item "
                + "where account_id = ? and effective_date <= ?", account, date);
        long bankOnly = sum(jdbc, "select coalesce(sum(signed_minor), 0) from recon_line where ledger_account_id = ? "
                + "and status = 'OPEN' and booking_date <= ?", account, date);
        long ledgerOnly = sum(jdbc, """
                select coalesce(sum""" + OpenPostings.OPEN_MINOR + ", 0) from recon_ledger_item i"
                + OpenPostings.CLAIMED + """
                where i.account_id = ? and i.origin = 'ledger' and i.effective_date <= ?""", account, date);
        long difference = bank - ledger;
        // an unproven statement's closing balance is the bank's word against its own lines: never reconciled
        boolean reconciled = difference == 0 && bankOnly == 0 && ledgerOnly == 0 && proven;
        return new BankStatementProof(key, account, currency, day, proven, bankDifference, warnings, true, null,
                money(bank, currency), money(ledger, currency), money(difference, currency), money(bankOnly, currency),
                money(ledgerOnly, currency), money(difference - bankOnly + ledgerOnly, currency), reconciled);
    }

    private static String money(long minor, String currency) {
        return ReconciliationQueries.money(minor, currency);
    }

    private static long sum(JdbcTemplate jdbc, String sql, String account, LocalDate date) {
        Long value = jdbc.queryForObject(sql, Long.class, account, date);
        return value == null ? 0 : value;
    }
}
