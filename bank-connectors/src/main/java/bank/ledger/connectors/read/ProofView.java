package bank.ledger.connectors.read;


import java.time.LocalDate;
import java.util.LinkedHashMap;
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

    static Map<String, Object> of(JdbcTemplate jdbc, Map<String, Object> statement) {
        String currency = (String) statement.get("currency");
        String account = (String) statement.get("ledger_account_id");
        Long bank = (Long) statement.get("closing_minor");
        LocalDate date = statement.get("closing_date") == null ? null
                : ((java.sql.Date) statement.get("closing_date")).toLocalDate();
        Map<String, Object> proof = new LinkedHashMap<>();
        proof.put("statementKey", statement.get("statement_key"));
        proof.put("ledgerAccountId", account);
        proof.put("currency", currency);
        ReconciliationQueries.putPresent(proof, "date", date == null ? null : date.toString());
        ReconciliationQueries.putProven(proof, statement);
        if (bank == null || date == null) {
            proof.put("available", false);
            proof.put("reason", "the statement carries no closing balance (camt.054, MT942, CSV)");
            return proof;
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
        proof.put("available", true);
        proof.put("bankClosingBalance", ReconciliationQueries.money(bank, currency));
        proof.put("ledgerBalance", ReconciliationQueries.money(ledger, currency));
        proof.put("difference", ReconciliationQueries.money(difference, currency));
        proof.put("openBankLines", ReconciliationQueries.money(bankOnly, currency));
        proof.put("openLedgerItems", ReconciliationQueries.money(ledgerOnly, currency));
        proof.put("unexplained", ReconciliationQueries.money(difference - bankOnly + ledgerOnly, currency));
        // an unproven statement's closing balance is the bank's word against its own lines: never reconciled
        proof.put("reconciled", difference == 0 && bankOnly == 0 && ledgerOnly == 0 && statement.get("difference_minor") == null);
        return proof;
    }

    private static long sum(JdbcTemplate jdbc, String sql, String account, LocalDate date) {
        Long value = jdbc.queryForObject(sql, Long.class, account, date);
        return value == null ? 0 : value;
    }
}
