package bank.ledger.connectors.payments;

import bank.ledger.domain.money.MoneyFormat;
import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** The payments read model and the batches' records, as the API answers them. */
public class PaymentQueries {
    private final JdbcTemplate jdbc;

    public PaymentQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public record PaymentView(String id, String status, String accountId, String clearingAccountId,
                              String holdEntryId, String amount, String currency, Party debtor, Party creditor,
                              LocalDate requestedExecutionDate, String remittanceInformation, String endToEndId,
                              String batchId, String messageId, String reasonCode, String reasonText,
                              Instant initiatedAt, Instant updatedAt, List<HistoryItem> history) {
    }

    public record Party(String name, String iban, String bic) {
    }

    public record HistoryItem(long sequence, String event, String status, String batchId, String reportId,
                              String statusCode, String reasonCode, String reasonText, String statementKey,
                              Integer lineNo, String actor, Instant at) {
    }

    public record BatchView(String id, String messageId, int paymentCount, String controlSum, String sha256,
                            String createdBy, Instant createdAt, List<BatchItem> payments) {
    }

    public record BatchItem(String paymentId, String paymentInformationId, String instructionId, String endToEndId) {
    }

    public PaymentView payment(String paymentId) {
        List<PaymentView> found = jdbc.query("select * from payment where payment_id = ?",
                (rs, row) -> view(rs, history(paymentId)), paymentId);
        if (found.isEmpty()) {
            throw LedgerRefusal.of(RefusalCode.PAYMENT_NOT_FOUND, "paymentId", "no payment " + paymentId);
        }
        return found.get(0);
    }

    public BatchView batch(String batchId) {
        List<BatchItem> items = jdbc.query("select * from payment_batch_item where batch_id = ? order by "
                        + "length(instruction_id), instruction_id", (rs, row) -> new BatchItem(rs.getString("payment_id"),
                        rs.getString("payment_information_id"), rs.getString("instruction_id"), rs.getString("end_to_end_id")),
                batchId);
        List<BatchView> found = jdbc.query("select * from payment_batch where batch_id = ?", (rs, row) -> new BatchView(
                rs.getString("batch_id"), rs.getString("message_id"), rs.getInt("payment_count"),
                rs.getString("control_sum"), rs.getString("content_sha256"), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(), items), batchId);
        if (found.isEmpty()) {
            throw LedgerRefusal.of(RefusalCode.PAYMENT_NOT_FOUND, "batchId", "no payment batch " + batchId);
        }
        return found.get(0);
    }

    /** The pain.001 exactly as it was produced (and sent). */
    public byte[] batchFile(String batchId) {
        List<byte[]> found = jdbc.query("select content from payment_batch where batch_id = ?",
                (rs, row) -> rs.getBytes(1), batchId);
        if (found.isEmpty()) {
            throw LedgerRefusal.of(RefusalCode.PAYMENT_NOT_FOUND, "batchId", "no payment batch " + batchId);
        }
        return found.get(0);
    }

    private List<HistoryItem> history(String paymentId) {
        return jdbc.query("select * from payment_history where payment_id = ? order by sequence", (rs, row) ->
                new HistoryItem(rs.getLong("sequence"), rs.getString("event_type"), rs.getString("status"),
                        rs.getString("batch_id"), rs.getString("report_id"), rs.getString("status_code"),
                        rs.getString("reason_code"), rs.getString("reason_text"), rs.getString("statement_key"),
                        (Integer) rs.getObject("line_no"), rs.getString("actor"),
                        rs.getTimestamp("occurred_at").toInstant()), paymentId);
    }

    private static PaymentView view(ResultSet rs, List<HistoryItem> history) throws SQLException {
        String currency = rs.getString("currency");
        return new PaymentView(rs.getString("payment_id"), rs.getString("status"), rs.getString("account_id"),
                rs.getString("clearing_account_id"), rs.getString("hold_entry_id"),
                MoneyFormat.format(rs.getLong("amount_minor"), currency), currency,
                new Party(rs.getString("debtor_name"), rs.getString("debtor_iban"), rs.getString("debtor_bic")),
                new Party(rs.getString("creditor_name"), rs.getString("creditor_iban"), rs.getString("creditor_bic")),
                rs.getDate("requested_execution_date").toLocalDate(), rs.getString("remittance_information"),
                rs.getString("end_to_end_id"), rs.getString("batch_id"), rs.getString("message_id"),
                rs.getString("reason_code"), rs.getString("reason_text"), rs.getTimestamp("initiated_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(), history);
    }
}
