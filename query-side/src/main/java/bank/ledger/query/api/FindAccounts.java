package bank.ledger.query.api;

/** One page of the chart of accounts in code order, starting after {@code afterCode} (keyset paging). */
public record FindAccounts(String afterCode, int pageSize) {
    public static final int PAGE_SIZE_MAX = 200;
    public static final int PAGE_SIZE_DEFAULT = 50;
}
