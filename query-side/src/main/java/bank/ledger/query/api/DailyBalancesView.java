package bank.ledger.query.api;

import java.time.LocalDate;
import java.util.List;

/** Daily history in minor units; balances on the account's normal side. */
public record DailyBalancesView(String accountId, String currency, long opening, List<Day> days) {

    public record Day(LocalDate date, long debits, long credits, long closing) {
    }
}
