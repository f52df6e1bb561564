package bank.ledger.command.account;

/** Optional body of freeze, unfreeze and close: why (kept in the event for auditors). */
public record AccountStatusRequest(String reason) {
    static String reasonOf(AccountStatusRequest request) {
        return request == null ? null : request.reason();
    }
}
