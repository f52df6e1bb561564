package bank.ledger.domain.entry.api;

public enum Side { DEBIT, CREDIT;

    public Side opposite() {
        return this == DEBIT ? CREDIT : DEBIT;
    }
}
