package bank.ledger.app.console.support;

import bank.ledger.query.statement.QueryParams;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** A report's date: the one asked for, else today in UTC (the ledger's effective dates are UTC days). */
public final class Today {
    private Today() {
    }

    public static LocalDate orDate(String date) {
        LocalDate asked = QueryParams.date(date, "date");
        return asked != null ? asked : LocalDate.now(ZoneOffset.UTC);
    }
}
