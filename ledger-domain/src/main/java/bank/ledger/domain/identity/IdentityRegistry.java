package bank.ledger.domain.identity;

/**
 * The set-based rules that one aggregate cannot check alone: an id names one thing only (an account
 * or a journal entry, never both) and an account code is unique. Implementations write in the
 * command's own transaction, so a refused or failed command leaves no reservation behind.
 */
public interface IdentityRegistry {
    enum Kind { ACCOUNT, JOURNAL_ENTRY }

    /**
     * Reserves {@code id} for {@code kind}.
     *
     * @return true when newly reserved; false when it was already reserved for the same kind (a retry)
     * @throws bank.ledger.domain.refusal.LedgerRefusal {@code idAlreadyUsed} when it names the other kind
     */
    boolean reserve(String id, Kind kind, String field);

    /** True when {@code id} is reserved for {@code kind}: the account or entry exists (or is being created). */
    boolean isReserved(String id, Kind kind);

    /** @throws bank.ledger.domain.refusal.LedgerRefusal {@code accountCodeTaken} when another account has it */
    void reserveAccountCode(String code, String accountId);
}
