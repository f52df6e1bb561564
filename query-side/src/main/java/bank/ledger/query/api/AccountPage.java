package bank.ledger.query.api;

import bank.ledger.projections.readmodel.AccountRow;
import java.util.List;

/** A page of accounts; {@code nextAfterCode} is null on the last page. */
public record AccountPage(List<AccountRow> accounts, String nextAfterCode) {
}
