package bank.ledger.query.api;

public record FindAccount(String accountId) {
}
