package bank.ledger.command.dispatch;

import bank.ledger.domain.account.AccountShapes;
import bank.ledger.domain.account.api.CloseAccount;
import bank.ledger.domain.account.api.FreezeAccount;
import bank.ledger.domain.account.api.OpenAccount;
import bank.ledger.domain.account.api.UnfreezeAccount;
import bank.ledger.domain.entry.EntryShapes;
import bank.ledger.domain.entry.api.PostJournalEntry;
import bank.ledger.domain.entry.api.PostPendingEntry;
import bank.ledger.domain.entry.api.ReverseJournalEntry;
import bank.ledger.domain.entry.api.VoidPendingEntry;
import bank.ledger.domain.payment.PaymentRules;
import bank.ledger.domain.payment.api.InitiatePayment;

/**
 * The dispatcher's copy of the domain's stateless checks (the same code, {@link EntryShapes} and
 * {@link AccountShapes}): a command with an ill-formed id, text the store cannot hold or a date outside
 * the calendar is refused before it reaches the command bus, whoever sends it. The handlers check again,
 * for what reaches the bus another way (Axon's test fixtures, a command sent from a handler).
 */
final class CommandShapes {
    private CommandShapes() {
    }

    static void check(Object command) {
        if (command instanceof PostJournalEntry post) {
            EntryShapes.check(post);
        } else if (command instanceof PostPendingEntry postHold) {
            EntryShapes.check(postHold);
        } else if (command instanceof VoidPendingEntry voidHold) {
            EntryShapes.check(voidHold);
        } else if (command instanceof ReverseJournalEntry reverse) {
            EntryShapes.check(reverse);
        } else if (command instanceof OpenAccount open) {
            AccountShapes.check(open);
        } else if (command instanceof FreezeAccount freeze) {
            AccountShapes.check(freeze);
        } else if (command instanceof UnfreezeAccount unfreeze) {
            AccountShapes.check(unfreeze);
        } else if (command instanceof CloseAccount close) {
            AccountShapes.check(close);
        } else if (command instanceof InitiatePayment initiate) {
            PaymentRules.check(initiate);
        }
        // after the rules above, so their refusals keep naming the request's own fields ("id", not "entryId")
        TargetIds.check(command);
    }
}
