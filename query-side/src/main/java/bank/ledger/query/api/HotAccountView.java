package bank.ledger.query.api;

/** An account and where it was read from: {@code redis} or {@code postgresql}. */
public record HotAccountView(AccountView account, String source) {
    public static final String REDIS = "redis";
    public static final String POSTGRESQL = "postgresql";
}
