package bank.ledger.domain.entry;

import static bank.ledger.domain.entry.Ledger.credit;
import static bank.ledger.domain.entry.Ledger.debit;
import static bank.ledger.domain.entry.Ledger.hold;
import static bank.ledger.domain.support.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.domain.entry.api.EntryStatus;
import bank.ledger.domain.entry.api.PostPendingEntry;
import bank.ledger.domain.entry.api.ReverseJournalEntry;
import bank.ledger.domain.entry.api.VoidPendingEntry;
import bank.ledger.domain.refusal.RefusalCode;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** A payment's hold id ({@code payment~<id>}) is the payment's: through the command bus it is refused. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ReservedEntryIdsTest extends CashAndSalesLedger {
    @Test
    void an_entry_or_a_hold_cannot_take_a_payments_hold_id() {
        assertRefused(() -> ledger.send(hold("payment~p-1", debit("cash", "1.00"), credit("sales", "1.00"))),
                RefusalCode.HELD_BY_PAYMENT, "id");
        assertRefused(() -> ledger.post("payment~p-2", debit("cash", "1.00"), credit("sales", "1.00")),
                RefusalCode.HELD_BY_PAYMENT, "id");
    }

    @Test
    void a_payments_hold_is_neither_posted_voided_nor_reversed_through_the_bus() {
        assertRefused(() -> ledger.send(new PostPendingEntry("payment~p-1", List.of(), null)),
                RefusalCode.HELD_BY_PAYMENT, "entryId");
        assertRefused(() -> ledger.send(new VoidPendingEntry("payment~p-1", "by hand")),
                RefusalCode.HELD_BY_PAYMENT, "entryId");
        assertRefused(() -> ledger.send(new ReverseJournalEntry("payment~p-1", "rev-1", null, null, null)),
                RefusalCode.HELD_BY_PAYMENT, "entryId");
    }

    @Test
    void a_reversal_cannot_take_a_payments_hold_id() {
        ledger.post("e-1", debit("cash", "1.00"), credit("sales", "1.00"));

        assertRefused(() -> ledger.send(new ReverseJournalEntry("e-1", "payment~p-9", null, null, null)),
                RefusalCode.HELD_BY_PAYMENT, "id");
        assertThat(ledger.entryState("e-1").status()).isEqualTo(EntryStatus.POSTED);
    }

    @Test
    void an_id_that_only_contains_the_prefix_later_is_an_ordinary_hold() {
        ledger.send(hold("my-payment~1", debit("cash", "1.00"), credit("sales", "1.00")));

        ledger.send(new VoidPendingEntry("my-payment~1", "no longer needed"));

        assertThat(ledger.entryState("my-payment~1").status()).isEqualTo(EntryStatus.VOIDED);
    }
}
