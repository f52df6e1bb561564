package bank.ledger.connectors.csv;

import bank.ledger.connectors.statement.Amounts;
import bank.ledger.connectors.statement.CreditDebit;
import bank.ledger.connectors.statement.Entry;
import bank.ledger.connectors.statement.Problems;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

/** One CSV row to an entry, by the profile's date, number and sign conventions. */
final class CsvRowMapper {
    record Row(String account, String currency, Entry entry) {
    }

    private final CsvProfile profile;
    private final Map<String, Integer> index;
    private final Problems problems;

    CsvRowMapper(CsvProfile profile, Map<String, Integer> index, Problems problems) {
        this.profile = profile;
        this.index = index;
        this.problems = problems;
    }

    Row map(CsvRecord record) {
        int before = problems.errors().size();
        String currency = value(record, "currency");
        currency = currency == null ? profile.currency() : currency.toUpperCase(Locale.ROOT);
        LocalDate booking = date(record, "bookingDate", true);
        LocalDate value = date(record, "valueDate", false);
        Long signed = signedAmount(record, currency);
        if (problems.errors().size() > before || signed == null) {
            return null;
        }
        if (profile.invertSign()) {
            signed = -signed;
        }
        String account = value(record, "account");
        Entry entry = new Entry(Math.abs(signed), CreditDebit.ofSigned(signed), booking,
                value == null ? booking : value, value(record, "reference"), null, value(record, "endToEndId"),
                value(record, "counterparty"), value(record, "counterpartyAccount"), value(record, "description"),
                false, null, null, true);
        return new Row(account != null ? account : profile.account(), currency, entry);
    }

    private Long signedAmount(CsvRecord record, String currency) {
        return switch (profile.sign()) {
            case SIGNED -> amount(record, "amount", currency, true);
            case INDICATOR -> {
                Long amount = amount(record, "amount", currency, true);
                String mark = value(record, "creditDebit");
                String upper = mark == null ? "" : mark.toUpperCase(Locale.ROOT);
                if (!profile.creditValues().contains(upper) && !profile.debitValues().contains(upper)) {
                    problems.add(record.line(), "credit/debit mark must be one of " + profile.creditValues() + " or "
                            + profile.debitValues() + ", got " + Amounts.quote(mark));
                    yield null;
                }
                yield amount == null ? null : profile.debitValues().contains(upper) ? -Math.abs(amount) : Math.abs(amount);
            }
            case SPLIT -> split(record, currency);
        };
    }

    /** Exactly one of the debit and credit cells holds the amount; its sign there is ignored. */
    private Long split(CsvRecord record, String currency) {
        Long debit = amount(record, "debit", currency, false);
        Long credit = amount(record, "credit", currency, false);
        // A "0.00" beside the real amount is the same as an empty cell.
        boolean isDebit = debit != null && (debit != 0 || credit == null);
        boolean isCredit = credit != null && (credit != 0 || debit == null);
        if (isDebit == isCredit) {
            problems.add(record.line(), "exactly one of the debit and credit columns must hold an amount");
            return null;
        }
        return isDebit ? -Math.abs(debit) : Math.abs(credit);
    }

    private Long amount(CsvRecord record, String field, String currency, boolean required) {
        String text = value(record, field);
        if (text == null) {
            if (required) {
                problems.add(record.line(), field + " (column \"" + profile.columns().get(field) + "\") is empty");
            }
            return null;
        }
        String decimal = CsvNumbers.toDecimal(text, profile.decimalSeparator(), profile.groupingSeparator());
        if (decimal == null) {
            problems.add(record.line(), field + ": not a number in the profile's format (decimal mark '"
                    + profile.decimalSeparator() + "'): " + Amounts.quote(text));
            return null;
        }
        return Amounts.toMinor(decimal, currency, field, record.line(), problems);
    }

    private LocalDate date(CsvRecord record, String field, boolean required) {
        String text = value(record, field);
        if (text == null) {
            if (required) {
                problems.add(record.line(), field + " (column \"" + profile.columns().get(field) + "\") is empty");
            }
            return null;
        }
        try {
            return LocalDate.parse(text, profile.dateFormat());
        } catch (DateTimeParseException e) {
            problems.add(record.line(), field + ": " + Amounts.quote(text) + " is not a date in the profile's format");
            return null;
        }
    }

    private String value(CsvRecord record, String field) {
        Integer position = index.get(field);
        if (position == null || position >= record.fields().size()) {
            return null;
        }
        String text = record.fields().get(position).strip();
        return text.isEmpty() ? null : text;
    }
}
