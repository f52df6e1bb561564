package bank.ledger.query.api;

/** Replays an account's events and compares the result with every read model of the account. */
public record FindAccountDiscrepancies(String accountId) {
}
