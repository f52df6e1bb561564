package bank.ledger.connectors.ingestion;

import bank.ledger.connectors.formats.model.Entry;
import bank.ledger.connectors.formats.model.Statement;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;

/**
 * The identity of a statement, whatever channel delivered it. The key is what a bank repeats when it
 * sends the same statement again: account, currency, message type, statement id, sequence, page and
 * closing balance with its date. The digest covers every line, so the same key with other content is
 * told apart (an idempotency conflict) instead of being silently dropped. CSV statements carry no id
 * or sequence, so their digest stands in for the id.
 */
public final class StatementKeys {
    private StatementKeys() {
    }

    public static String messageType(String format) {
        if (format.startsWith("camt.") && format.length() >= 8) {
            return format.substring(0, 8);
        }
        return format.startsWith("csv") ? "csv" : format;
    }

    public static LocalDate closingDate(Statement statement) {
        if (statement.closingBalance() != null) {
            return statement.closingBalance().date();
        }
        return statement.entries().stream().map(e -> e.bookingDate() != null ? e.bookingDate() : e.valueDate())
                .filter(d -> d != null).max(LocalDate::compareTo).orElse(null);
    }

    public static String key(Statement statement, String contentDigest) {
        String id = statement.statementId() != null ? statement.statementId() : "digest:" + contentDigest;
        String closing = statement.closingBalance() == null ? "-" : statement.closingBalance().signedMinor() + "@"
                + statement.closingBalance().date();
        return "stmt-" + sha256(String.join("|", "v1", statement.account().id(), statement.currency(),
                messageType(statement.format()), id, String.valueOf(statement.sequence()),
                String.valueOf(statement.page()), closing));
    }

    public static String contentDigest(Statement statement) {
        MessageDigest digest = newDigest();
        update(digest, statement.openingBalance() == null ? "-" : statement.openingBalance().toString());
        update(digest, statement.closingBalance() == null ? "-" : statement.closingBalance().toString());
        for (Entry entry : statement.entries()) {
            update(digest, digestText(entry));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * An entry as the digest has always read it: the text of the entry's first fourteen fields as the record
     * printed them before it had more, so a statement recorded then and delivered again is still a duplicate,
     * not a conflict. The exact amount and own currency follow only when the entry has them. Where the entry
     * stands in the file (its line) and what the reader found odd are left out: the same statement in another
     * file, or read by a more tolerant reader, is the same statement.
     */
    static String digestText(Entry e) {
        String text = "Entry[amountMinor=" + e.amountMinor() + ", creditDebit=" + e.creditDebit() + ", bookingDate="
                + e.bookingDate() + ", valueDate=" + e.valueDate() + ", reference=" + e.reference()
                + ", customerReference=" + e.customerReference() + ", endToEndId=" + e.endToEndId() + ", counterparty="
                + e.counterparty() + ", counterpartyAccount=" + e.counterpartyAccount() + ", description="
                + e.description() + ", reversal=" + e.reversal() + ", bankTransactionCode=" + e.bankTransactionCode()
                + ", proprietaryCode=" + e.proprietaryCode() + ", booked=" + e.booked();
        if (e.amount() != null) {
            text += ", amount=" + e.amount().toPlainString();
        }
        if (e.currency() != null) {
            text += ", currency=" + e.currency();
        }
        return text + "]";
    }

    private static String sha256(String text) {
        return HexFormat.of().formatHex(newDigest().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JDK has SHA-256", impossible);
        }
    }
}
