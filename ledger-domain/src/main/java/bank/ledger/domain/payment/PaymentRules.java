package bank.ledger.domain.payment;

import bank.ledger.domain.entry.ReservedEntryIds;
import bank.ledger.domain.money.DecimalAmount;
import bank.ledger.domain.payment.api.AcceptPayment;
import bank.ledger.domain.payment.api.BatchPayment;
import bank.ledger.domain.payment.api.InitiatePayment;
import bank.ledger.domain.payment.api.Party;
import bank.ledger.domain.payment.api.RejectPayment;
import bank.ledger.domain.payment.api.SettlePayment;
import bank.ledger.domain.refusal.Fields;
import bank.ledger.domain.refusal.LedgerCalendar;
import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import bank.ledger.domain.refusal.TextRules;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Stateless checks of payment commands, with ISO 20022's own limits (names and remittance information
 * Max140Text, ids Max35Text), so that every initiated payment can be written into a valid pain.001.
 */
public final class PaymentRules {
    /** Leaves room for the hold's entry id ({@link #holdEntryId}) within the ledger's 128 characters. */
    public static final int PAYMENT_ID_LENGTH_MAX = 100;
    public static final int NAME_LENGTH_MAX = 140;
    public static final int REMITTANCE_LENGTH_MAX = 140;
    public static final int ISO_ID_LENGTH_MAX = 35;
    public static final int REASON_TEXT_LENGTH_MAX = 500;
    /** ISO 20022 Max35Text ids the ledger writes and reads: printable ASCII without spaces at the ends. */
    private static final Pattern ISO_ID = Pattern.compile("[A-Za-z0-9/?:().,'+-]([A-Za-z0-9/?:().,'+ -]{0,33}[A-Za-z0-9/?:().,'+-])?");
    private static final Pattern STATUS = Pattern.compile("[A-Z]{4}");

    private PaymentRules() {
    }

    /** The hold of a payment is a journal entry whose id derives from the payment's. */
    public static String holdEntryId(String paymentId) {
        return ReservedEntryIds.PAYMENT_HOLD_PREFIX + paymentId;
    }

    public static void check(InitiatePayment command) {
        requirePaymentId(command.paymentId());
        TextRules.requireId(command.accountId(), "accountId");
        TextRules.requireId(command.clearingAccountId(), "clearingAccountId");
        if (command.accountId().equals(command.clearingAccountId())) {
            throw Fields.invalid("clearingAccountId", "the bank account's ledger account cannot pay itself");
        }
        if (!DecimalAmount.parse(command.amount(), "amount").isPositive()) {
            throw LedgerRefusal.of(RefusalCode.NON_POSITIVE_AMOUNT, "amount", "a payment's amount is positive");
        }
        Fields.requireLength(command.currency(), "currency", 3);
        requireParty(command.debtor(), "debtor");
        requireParty(command.creditor(), "creditor");
        if (command.requestedExecutionDate() == null) {
            throw Fields.invalid("requestedExecutionDate", "requestedExecutionDate is required");
        }
        LedgerCalendar.requireInCalendar(command.requestedExecutionDate(), "requestedExecutionDate");
        Fields.requireLength(command.remittanceInformation(), "remittanceInformation", REMITTANCE_LENGTH_MAX);
        requireIsoId(command.endToEndId(), "endToEndId");
    }

    public static void check(BatchPayment command) {
        requirePaymentId(command.paymentId());
        TextRules.requireId(command.batchId(), "batchId");
        requireIsoId(command.messageId(), "messageId");
        requireIsoId(command.paymentInformationId(), "paymentInformationId");
        requireIsoId(command.instructionId(), "instructionId");
    }

    public static void check(AcceptPayment command) {
        requirePaymentId(command.paymentId());
        requireIsoId(command.reportId(), "reportId");
        requireStatus(command.statusCode());
    }

    public static void check(RejectPayment command) {
        requirePaymentId(command.paymentId());
        requireIsoId(command.reportId(), "reportId");
        requireStatus(command.statusCode());
        Fields.requireLength(command.reasonCode(), "reasonCode", ISO_ID_LENGTH_MAX);
        Fields.requireLength(command.reasonText(), "reasonText", REASON_TEXT_LENGTH_MAX);
    }

    public static void check(SettlePayment command) {
        requirePaymentId(command.paymentId());
        Fields.requireText(command.statementKey(), "statementKey", 80);
        if (command.lineNo() < 1) {
            throw Fields.invalid("lineNo", "statement lines are numbered from 1");
        }
    }

    public static void requirePaymentId(String paymentId) {
        TextRules.requireId(paymentId, "paymentId");
        if (paymentId.length() > PAYMENT_ID_LENGTH_MAX) {
            throw Fields.invalid("paymentId", "a payment id has at most " + PAYMENT_ID_LENGTH_MAX + " characters");
        }
    }

    /** An ISO 20022 Max35Text identifier, restricted to the characters every bank accepts. */
    public static void requireIsoId(String value, String field) {
        if (value == null || !ISO_ID.matcher(value).matches()) {
            throw Fields.invalid(field, field + " is 1 to " + ISO_ID_LENGTH_MAX
                    + " letters, digits and / - ? : ( ) . , ' + (no space at either end)");
        }
    }

    /** Same content, same fingerprint: what tells a retry from a conflicting reuse of a payment id. */
    public static String fingerprint(InitiatePayment command) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(command.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static void requireParty(Party party, String field) {
        if (party == null) {
            throw Fields.invalid(field, field + " is required");
        }
        Fields.requireText(party.name(), field + ".name", NAME_LENGTH_MAX);
        Iban.require(party.iban(), field + ".iban");
        Iban.optionalBic(party.bic(), field + ".bic");
    }

    private static void requireStatus(String statusCode) {
        if (statusCode == null || !STATUS.matcher(statusCode).matches()) {
            throw Fields.invalid("statusCode", "an ISO 20022 status is four capital letters (ACCP, RJCT, ...)");
        }
    }
}
