package bank.ledger.query.api;

/** An account with its balances, from Redis when it has the account, else from PostgreSQL. */
public record FindHotAccount(String accountId) {
}
