package bank.ledger.connectors.formats.csv;

import bank.ledger.connectors.formats.model.Amounts;
import bank.ledger.connectors.formats.model.CreditDebit;
import bank.ledger.connectors.formats.model.Entry;
import bank.ledger.connectors.formats.model.Warning;
import bank.ledger.connectors.formats.model.WarningCodes;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One CSV row to an entry, by the profile's date, number and sign conventions. A row without a
 * readable amount or booking date gives no entry: {@link Unreadable} says why, and the caller flags it.
 * A booking date with a date's shape but not in the calendar keeps the entry (invalidDate) and takes the
 * value date, else the previous row's date.
 */
final class CsvRowMapper {
    sealed interface Result permits Row, Unreadable {
    }

    /** An entry with the account and currency it belongs to, and the running balances the row gave. */
    record Row(String account, String currency, Entry entry, BigDecimal balanceAfter, BigDecimal balanceBefore)
            implements Result {
    }

    record Unreadable(String reason) implements Result {
    }

    private final CsvProfile profile;
    private final CsvColumns columns;
    private final CsvPreamble preamble;

    CsvRowMapper(CsvProfile profile, CsvColumns columns, CsvPreamble preamble) {
        this.profile = profile;
        this.columns = columns;
        this.preamble = preamble;
    }

    Result map(CsvRecord record, LocalDate previousDate) {
        String bookingText = columns.value(record, "bookingDate");
        CsvDates.CsvDate bookingCell = bookingText == null ? null : CsvDates.parse(bookingText, profile.dateFormats());
        if (bookingCell == null || bookingCell.date() == null && !bookingCell.calendarless()) {
            // Checked first: a line of text after the rows (a disclaimer, a total) fails here, with the clearest reason.
            return new Unreadable(bookingText == null ? "no booking date" : "booking date " + Amounts.quote(bookingText)
                    + " cannot be read as a date");
        }
        List<Warning> warnings = new ArrayList<>();
        Object signed = signedAmount(record, warnings);
        if (signed instanceof Unreadable unreadable) {
            return unreadable;
        }
        CsvNumbers.CsvAmount amount = (CsvNumbers.CsvAmount) signed;
        String currency = upper(columns.value(record, "currency"));
        currency = first(currency, amount.currency(), preamble.currency, profile.currency());
        if (currency == null) {
            return new Unreadable("no currency: no currency column, no code beside the amount, none in the"
                    + " lines before the header or in the profile");
        }
        LocalDate value = date(record, "valueDate", null, warnings);
        LocalDate booking = date(record, "bookingDate", value != null ? value : previousDate, warnings);
        if (booking == null) {
            return new Unreadable("booking date " + Amounts.quote(bookingText) + " is not in the calendar, and the row"
                    + " has no value date and follows no row whose date it could take");
        }
        BigDecimal exact = amount.value().abs();
        long minor = Amounts.exactMinor(exact, currency, record.line(), warnings);
        boolean inexact = warnings.stream().anyMatch(w -> w.code().equals(WarningCodes.EXCESS_DECIMALS)
                || w.code().equals(WarningCodes.UNKNOWN_CURRENCY));
        String status = upper(columns.value(record, "status"));
        String endToEnd = columns.value(record, "endToEndId");
        Entry entry = new Entry(minor, amount.value().signum() < 0 ? CreditDebit.DBIT : CreditDebit.CRDT, booking,
                value == null ? booking : value, columns.value(record, "reference"), null,
                "NOTPROVIDED".equalsIgnoreCase(endToEnd) ? null : endToEnd, columns.value(record, "counterparty"),
                columns.value(record, "counterpartyAccount"), columns.value(record, "description"), false,
                columns.value(record, "bankTransactionCode"), null, status == null || !profile.pendingValues().contains(status),
                record.line(), inexact ? exact : null, null, original(record, currency), List.of(), warnings);
        return new Row(first(columns.value(record, "account"), preamble.account, profile.account()), currency, entry,
                number(record, "balanceAfter"), number(record, "balanceBefore"));
    }

    /** The amount with its sign on the account (a CsvAmount), or why there is none (an Unreadable). */
    private Object signedAmount(CsvRecord record, List<Warning> warnings) {
        CsvNumbers.CsvAmount amount;
        if (profile.sign() == CsvProfile.Sign.SPLIT) {
            Object split = split(record, warnings);
            if (split instanceof Unreadable) {
                return split;
            }
            amount = (CsvNumbers.CsvAmount) split;
        } else {
            String text = columns.value(record, "amount");
            amount = text == null ? null : CsvNumbers.parse(text, profile.decimalSeparator());
            if (amount == null) {
                return new Unreadable(text == null ? "no amount" : "amount " + Amounts.quote(text) + " is not a number");
            }
            guessed(amount, text, record, warnings);
        }
        if (profile.sign() == CsvProfile.Sign.INDICATOR) {
            String mark = upper(columns.value(record, "creditDebit"));
            boolean debit = mark != null && profile.debitValues().contains(mark);
            if (!debit && (mark == null || !profile.creditValues().contains(mark))) {
                return new Unreadable("credit/debit mark " + Amounts.quote(mark) + " is none of "
                        + profile.creditValues() + " " + profile.debitValues());
            }
            amount = withValue(amount, debit ? amount.value().abs().negate() : amount.value().abs());
        }
        return profile.invertSign() ? withValue(amount, amount.value().negate()) : amount;
    }

    /** Debit and credit columns: the one that holds a non-zero amount; both: their difference, flagged. */
    private Object split(CsvRecord record, List<Warning> warnings) {
        String debitText = columns.value(record, "debit");
        String creditText = columns.value(record, "credit");
        CsvNumbers.CsvAmount debit = debitText == null ? null : CsvNumbers.parse(debitText, profile.decimalSeparator());
        CsvNumbers.CsvAmount credit = creditText == null ? null : CsvNumbers.parse(creditText, profile.decimalSeparator());
        if (debitText != null && debit == null || creditText != null && credit == null) {
            return new Unreadable("amount " + Amounts.quote(debit == null && debitText != null ? debitText : creditText)
                    + " is not a number");
        }
        if (debit == null && credit == null) {
            return new Unreadable("neither the debit nor the credit column holds an amount");
        }
        guessed(debit, debitText, record, warnings);
        guessed(credit, creditText, record, warnings);
        boolean hasDebit = debit != null && (debit.value().signum() != 0 || credit == null);
        boolean hasCredit = credit != null && (credit.value().signum() != 0 || !hasDebit);
        if (hasDebit && hasCredit) {
            warnings.add(new Warning(WarningCodes.CSV_DEBIT_AND_CREDIT, record.line(), "debit " + Amounts.quote(debitText)
                    + " and credit " + Amounts.quote(creditText) + " both given; the entry is credit minus debit"));
            return withValue(credit, credit.value().abs().subtract(debit.value().abs()));
        }
        return hasDebit ? withValue(debit, debit.value().abs().negate()) : withValue(credit, credit.value().abs());
    }

    private void guessed(CsvNumbers.CsvAmount amount, String text, CsvRecord record, List<Warning> warnings) {
        if (amount != null && amount.markGuessed()) {
            warnings.add(new Warning(WarningCodes.CSV_DECIMAL_MARK_GUESSED, record.line(), "amount " + Amounts.quote(text)
                    + " does not use the profile's decimal mark '" + profile.decimalSeparator() + "'; read as "
                    + amount.value().toPlainString()));
        }
    }

    /** A date column: null when empty; not in the calendar: flagged, and {@code fallback} is used. */
    private LocalDate date(CsvRecord record, String field, LocalDate fallback, List<Warning> warnings) {
        String text = columns.value(record, field);
        CsvDates.CsvDate date = text == null ? new CsvDates.CsvDate(null, false) : CsvDates.parse(text, profile.dateFormats());
        if (date.date() == null && text != null && (date.calendarless() || "valueDate".equals(field))) {
            warnings.add(new Warning(WarningCodes.INVALID_DATE, record.line(), field + " " + Amounts.quote(text)
                    + (date.calendarless() ? " is not in the calendar" : " is not a date") + "; "
                    + (fallback != null ? "the entry takes " + fallback : "valueDate".equals(field)
                    ? "the entry takes its booking date" : "no other date to use")));
            return fallback;
        }
        return date.date();
    }

    /** The amount before conversion (a card payment abroad: "Oorspr bedrag", "Oorspr munt", "Koers"), if given. */
    private List<Entry.AmountDetail> original(CsvRecord record, String currency) {
        BigDecimal amount = number(record, "originalAmount");
        String from = upper(columns.value(record, "originalCurrency"));
        if (amount == null || from == null) {
            return List.of();
        }
        BigDecimal rate = number(record, "exchangeRate");
        return List.of(new Entry.AmountDetail("instructed", amount.abs(), from, rate, rate == null ? null : from,
                rate == null ? null : currency));
    }

    private BigDecimal number(CsvRecord record, String field) {
        String text = columns.value(record, field);
        CsvNumbers.CsvAmount amount = text == null ? null : CsvNumbers.parse(text, profile.decimalSeparator());
        return amount == null ? null : amount.value();
    }

    private static CsvNumbers.CsvAmount withValue(CsvNumbers.CsvAmount amount, BigDecimal value) {
        return new CsvNumbers.CsvAmount(value, amount.currency(), amount.markGuessed());
    }

    private static String upper(String text) {
        return text == null ? null : text.toUpperCase(Locale.ROOT);
    }

    @SafeVarargs
    private static <T> T first(T... candidates) {
        for (T candidate : candidates) {
            if (candidate != null) {
                return candidate;
            }
        }
        return null;
    }
}
