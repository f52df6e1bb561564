package bank.ledger.connectors.formats.model;

/** Direction in which an entry or balance acts on the account, in ISO 20022 codes. */
public enum CreditDebit {
    CRDT, DBIT;

    /** Minor units signed from the account holder's view: credits add, debits subtract. */
    public long signed(long amountMinor) {
        return this == CRDT ? amountMinor : -amountMinor;
    }

    public CreditDebit opposite() {
        return this == CRDT ? DBIT : CRDT;
    }

    public static CreditDebit ofSigned(long signedMinor) {
        return signedMinor < 0 ? DBIT : CRDT;
    }
}
