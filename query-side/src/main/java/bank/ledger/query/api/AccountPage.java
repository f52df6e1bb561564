package bank.ledger.query.api;

import java.util.List;

/** A page of accounts; {@code nextAfterCode} is null on the last page. */
public record AccountPage(List<AccountView> accounts, String nextAfterCode) {
}
