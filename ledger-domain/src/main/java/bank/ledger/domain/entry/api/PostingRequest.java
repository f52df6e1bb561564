package bank.ledger.domain.entry.api;

/**
 * One line of a request, as the client wrote it: the amount is a decimal string that becomes minor
 * units only once the account's currency is known. {@code currency} is optional; when given it must
 * be the account's.
 */
public record PostingRequest(String accountId, Side side, String amount, String currency) {
}
