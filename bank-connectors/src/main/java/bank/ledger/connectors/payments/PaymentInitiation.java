package bank.ledger.connectors.payments;

import bank.ledger.command.dispatch.CommandDispatch;
import bank.ledger.command.dispatch.CommandOrigin;
import bank.ledger.connectors.ingestion.BankAccountMappings;
import bank.ledger.domain.payment.api.InitiatePayment;
import bank.ledger.domain.payment.api.Party;
import bank.ledger.domain.payment.api.PaymentState;
import bank.ledger.domain.payment.api.SettlePayment;
import bank.ledger.domain.refusal.Fields;
import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.TextRules;
import java.time.LocalDate;

/**
 * Initiates a payment from an API request: the debtor's bank account ({@code debtor.iban}, in the
 * payment's currency) must be mapped to a ledger account (bank-account mappings), which the hold credits;
 * the rest is the payment aggregate's to check and decide.
 */
public class PaymentInitiation {
    private final CommandDispatch dispatch;
    private final BankAccountMappings mappings;

    public PaymentInitiation(CommandDispatch dispatch, BankAccountMappings mappings) {
        this.dispatch = dispatch;
        this.mappings = mappings;
    }

    /** What a client sends; {@code id} is its idempotency key. */
    public record Request(String id, String accountId, String amount, String currency, Party debtor, Party creditor,
                          LocalDate requestedExecutionDate, String remittanceInformation, String endToEndId) {
    }

    public PaymentState initiate(Request request, CommandOrigin origin) {
        TextRules.requireId(request.id(), "id");
        Fields.requireText(request.currency(), "currency", 3);
        if (request.debtor() == null) {
            throw Fields.invalid("debtor", "debtor is required: name, iban (a mapped bank account), bic optional");
        }
        Fields.requireText(request.debtor().iban(), "debtor.iban", 34);
        String clearingAccountId;
        try {
            clearingAccountId = mappings.require(request.debtor().iban(), request.currency()).ledgerAccountId();
        } catch (LedgerRefusal notMapped) {
            throw notMapped.at("debtor.iban");
        }
        InitiatePayment command = new InitiatePayment(request.id(), request.accountId(), clearingAccountId,
                request.amount(), request.currency(), request.debtor(), request.creditor(),
                request.requestedExecutionDate(), request.remittanceInformation(), request.endToEndId());
        return dispatch.send(command, origin);
    }

    /** A person confirms the debit from a bank statement line: the hold is posted if no status report did. */
    public PaymentState settle(String paymentId, String statementKey, Integer lineNo, CommandOrigin origin) {
        if (lineNo == null) {
            throw Fields.invalid("lineNo", "lineNo is required");
        }
        return dispatch.send(new SettlePayment(paymentId, statementKey, lineNo), origin);
    }
}
