package bank.ledger.query.api;

import bank.ledger.projections.readmodel.AccountRow;

/** An account and where it was read from: {@code redis} or {@code postgresql}. */
public record HotAccountView(AccountRow account, String source) {
    public static final String REDIS = "redis";
    public static final String POSTGRESQL = "postgresql";
}
