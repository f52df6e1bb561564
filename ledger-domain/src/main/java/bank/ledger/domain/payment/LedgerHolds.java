package bank.ledger.domain.payment;

import bank.ledger.domain.entry.JournalEntryCommandHandler;
import bank.ledger.domain.entry.api.JournalEntryState;
import bank.ledger.domain.entry.api.PostJournalEntry;
import bank.ledger.domain.entry.api.PostPendingEntry;
import bank.ledger.domain.entry.api.Posting;
import bank.ledger.domain.entry.api.PostingRequest;
import bank.ledger.domain.entry.api.Side;
import bank.ledger.domain.entry.api.VoidPendingEntry;
import bank.ledger.domain.payment.api.InitiatePayment;
import bank.ledger.domain.refusal.LedgerRefusal;
import java.util.List;
import java.util.Map;
import org.axonframework.messaging.MetaData;

/**
 * Holds through the journal-entry handler itself (same rules, same refusal codes, same unit of work):
 * debit the paying account, credit the clearing account. The entry carries the payment id and the
 * end-to-end id as metadata, so reconciliation finds the posted hold by the bank's end-to-end id.
 */
public final class LedgerHolds implements PaymentHolds {
    private final JournalEntryCommandHandler entries;

    public LedgerHolds(JournalEntryCommandHandler entries) {
        this.entries = entries;
    }

    @Override
    public Posting place(String holdEntryId, InitiatePayment command, MetaData metadata) {
        try {
            JournalEntryState state = entries.record(holdOf(holdEntryId, command), metadata);
            return state.postings().get(0);
        } catch (LedgerRefusal refusal) {
            throw pointed(refusal);
        }
    }

    /**
     * The hold, effective on the payment's requested execution date: the day the money leaves the account is
     * the day the ledger books it (its period, its trial balance, its statement line), not the day someone
     * typed the request. Posting it on the bank's acceptance keeps that date.
     */
    static PostJournalEntry holdOf(String holdEntryId, InitiatePayment command) {
        return new PostJournalEntry(holdEntryId, command.requestedExecutionDate(),
                "Payment " + command.paymentId() + " to " + command.creditor().name(), true,
                List.of(new PostingRequest(command.accountId(), Side.DEBIT, command.amount(), command.currency()),
                        new PostingRequest(command.clearingAccountId(), Side.CREDIT, command.amount(), command.currency())),
                Map.of("paymentId", command.paymentId(), "endToEndId", command.endToEndId()));
    }

    @Override
    public void post(String holdEntryId, MetaData metadata) {
        entries.postHold(new PostPendingEntry(holdEntryId, List.of(), null), metadata);
    }

    @Override
    public void release(String holdEntryId, String reason) {
        entries.voidHold(new VoidPendingEntry(holdEntryId, reason));
    }

    /** The entry's field paths as the payment request names them. */
    static LedgerRefusal pointed(LedgerRefusal refusal) {
        String field = refusal.field();
        if (field == null) {
            return refusal;
        }
        if (field.startsWith("postings[")) {
            String account = field.startsWith("postings[0]") ? "accountId" : "clearingAccountId";
            return refusal.at(field.endsWith(".amount") ? "amount" : field.endsWith(".currency") ? "currency" : account);
        }
        return switch (field) {
            case "id" -> refusal.at("paymentId");
            case "effectiveDate" -> refusal.at("requestedExecutionDate");  // periodClosed, dateOutOfRange
            default -> refusal;
        };
    }
}
