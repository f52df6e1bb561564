package bank.ledger.connectors.formats.csv;

import bank.ledger.connectors.formats.model.Account;
import bank.ledger.connectors.formats.model.Amounts;
import bank.ledger.connectors.formats.model.Balance;
import bank.ledger.connectors.formats.model.CreditDebit;
import bank.ledger.connectors.formats.model.Entry;
import bank.ledger.connectors.formats.model.Statement;
import bank.ledger.connectors.formats.model.Warning;
import bank.ledger.connectors.formats.model.WarningCodes;
import bank.ledger.domain.money.Currencies;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The rows of one account and currency as a statement. Each balance comes from what the bank stated (lines
 * before the header, a balance line after the rows), else from a running balance column: the opening
 * is the first row's balance before it, the closing the last row's balance after it, in whichever order
 * (oldest or newest first) the column adds up; when it adds up in neither, that is flagged. Pending rows
 * do not count; when a booked row has no balance, the column gives no balances at all.
 */
final class CsvStatements {
    private CsvStatements() {
    }

    static Statement build(String format, String account, String currency, List<CsvRowMapper.Row> rows,
                           CsvPreamble preamble, boolean stated, int line) {
        List<Warning> warnings = new ArrayList<>();
        List<Entry> entries = rows.stream().map(CsvRowMapper.Row::entry).toList();
        LocalDate from = preamble.from != null ? preamble.from : entries.stream().map(Entry::bookingDate)
                .min(Comparator.naturalOrder()).orElse(null);
        LocalDate to = preamble.to != null ? preamble.to : entries.stream().map(Entry::bookingDate)
                .max(Comparator.naturalOrder()).orElse(null);
        BigDecimal[] running = running(rows, currency, line, warnings);
        BigDecimal opening = stated && fits(preamble.opening, currency) ? preamble.opening.value() : running[0];
        BigDecimal closing = stated && fits(preamble.closing, currency) ? preamble.closing.value() : running[1];
        return new Statement(format, account(account), currency, null, null, null,
                balance(opening, from, currency, line, warnings), balance(closing, to, currency, line, warnings),
                null, entries, line, warnings);
    }

    private static boolean fits(CsvNumbers.CsvAmount amount, String currency) {
        return amount != null && (amount.currency() == null || amount.currency().equals(currency));
    }

    /** Opening and closing from the running balance columns, or nulls when the rows have none. */
    private static BigDecimal[] running(List<CsvRowMapper.Row> rows, String currency, int line, List<Warning> warnings) {
        List<CsvRowMapper.Row> chain = rows.stream().filter(r -> r.entry().booked()).toList();
        if (chain.isEmpty() || chain.stream().anyMatch(r -> r.balanceAfter() == null)) {
            // A booked row without its balance: the opening or closing cannot be known from the column.
            return new BigDecimal[2];
        }
        boolean ascending = true;
        boolean descending = true;
        for (int i = 1; i < chain.size(); i++) {
            ascending &= chain.get(i).balanceAfter().compareTo(chain.get(i - 1).balanceAfter()
                    .add(signed(chain.get(i).entry(), currency))) == 0;
            descending &= chain.get(i - 1).balanceAfter().compareTo(chain.get(i).balanceAfter()
                    .add(signed(chain.get(i - 1).entry(), currency))) == 0;
        }
        if (!ascending && !descending) {
            warnings.add(new Warning(WarningCodes.CSV_RUNNING_BALANCE_MISMATCH, line, "the running balance column does"
                    + " not follow from the amounts in either row order; opening and closing taken from the first"
                    + " and last row"));
        }
        CsvRowMapper.Row first = ascending || !descending ? chain.get(0) : chain.get(chain.size() - 1);
        CsvRowMapper.Row last = ascending || !descending ? chain.get(chain.size() - 1) : chain.get(0);
        BigDecimal opening = first.balanceBefore() != null ? first.balanceBefore()
                : first.balanceAfter().subtract(signed(first.entry(), currency));
        return new BigDecimal[] {opening, last.balanceAfter()};
    }

    /** The entry's exact signed amount in the statement's currency. */
    private static BigDecimal signed(Entry entry, String currency) {
        int exponent = Currencies.isSupported(currency) ? Currencies.exponent(currency) : 2;
        BigDecimal amount = entry.amount() != null ? entry.amount() : BigDecimal.valueOf(entry.amountMinor(), exponent);
        return entry.creditDebit() == CreditDebit.DBIT ? amount.negate() : amount;
    }

    private static Balance balance(BigDecimal value, LocalDate date, String currency, int line, List<Warning> warnings) {
        if (value == null || date == null) {
            return null;
        }
        long minor = Amounts.exactMinor(value.abs(), currency, line, warnings);
        return new Balance(minor, value.signum() < 0 ? CreditDebit.DBIT : CreditDebit.CRDT, date);
    }

    /** An IBAN (blanks removed) when the text is one, else the bank's own account number as written. */
    static Account account(String id) {
        if (id == null || id.isBlank()) {
            return new Account(null, null, null);
        }
        String compact = id.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
        return compact.matches("[A-Z]{2}\\d{2}[A-Z0-9]{11,30}") ? new Account(compact, null, null)
                : new Account(null, id.strip(), null);
    }
}
