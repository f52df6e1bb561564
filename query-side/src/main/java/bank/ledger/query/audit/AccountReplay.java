package bank.ledger.query.audit;

import bank.ledger.domain.account.api.AccountBalanceChanged;
import bank.ledger.domain.account.api.AccountClosed;
import bank.ledger.domain.account.api.AccountFrozen;
import bank.ledger.domain.account.api.AccountOpened;
import bank.ledger.domain.account.api.AccountUnfrozen;
import bank.ledger.domain.account.api.Balances;

/**
 * An account rebuilt from its events alone, independently of the projections: the auditor's reference.
 * Besides the totals the events state, it sums the changes, so an event stream whose totals and changes
 * disagree is caught too.
 */
final class AccountReplay {
    private String currency;
    private String status;
    private Balances totals = Balances.ZERO;
    private Balances sumOfChanges = Balances.ZERO;
    private long lastSequence = -1;
    private long events;
    private long balanceChanges;

    void apply(Object payload, long sequence) {
        events++;
        lastSequence = sequence;
        if (payload instanceof AccountOpened opened) {
            currency = opened.currency();
            status = "OPEN";
        } else if (payload instanceof AccountFrozen) {
            status = "FROZEN";
        } else if (payload instanceof AccountUnfrozen) {
            status = "OPEN";
        } else if (payload instanceof AccountClosed) {
            status = "CLOSED";
        } else if (payload instanceof AccountBalanceChanged changed) {
            balanceChanges++;
            totals = changed.totals();
            sumOfChanges = sumOfChanges.plus(changed.change());
        }
    }

    String currency() {
        return currency;
    }

    String status() {
        return status;
    }

    Balances totals() {
        return totals;
    }

    Balances sumOfChanges() {
        return sumOfChanges;
    }

    long lastSequence() {
        return lastSequence;
    }

    long events() {
        return events;
    }

    long balanceChanges() {
        return balanceChanges;
    }
}
