package bank.ledger.domain.refusal;

/**
 * A typed business refusal: the ledger will not do what was asked, for a reason the client can act
 * on. It names the offending field (a JSON path into the request, or {@code null}) and carries a
 * stable code ({@link RefusalCode} for the ledger's rules, a module's own {@link RefusalReason} for its
 * API's). Thrown inside a unit of work, it rolls back everything the command did.
 */
public class LedgerRefusal extends RuntimeException {
    private final RefusalReason code;
    private final String field;

    public LedgerRefusal(RefusalReason code, String field, String detail) {
        super(detail, null, false, false);
        this.code = code;
        this.field = field;
    }

    public RefusalReason code() {
        return code;
    }

    public String field() {
        return field;
    }

    public String detail() {
        return getMessage();
    }

    /** The same refusal, pointed at another field: used where the caller knows the request path. */
    public LedgerRefusal at(String newField) {
        return new LedgerRefusal(code, newField, getMessage());
    }

    public static LedgerRefusal of(RefusalReason code, String field, String detail) {
        return new LedgerRefusal(code, field, detail);
    }
}
