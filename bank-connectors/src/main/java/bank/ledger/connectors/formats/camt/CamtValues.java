package bank.ledger.connectors.formats.camt;

import bank.ledger.connectors.formats.model.Amounts;
import bank.ledger.connectors.formats.model.CreditDebit;
import bank.ledger.connectors.formats.model.Dates;
import bank.ledger.connectors.formats.model.Warning;
import bank.ledger.connectors.formats.model.WarningCodes;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Amounts, directions and dates of camt elements, read liberally: every repair leaves a warning. */
final class CamtValues {
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private CamtValues() {
    }

    /** An {@code <Amt Ccy="...">} as written: its unsigned value, its currency, and whether it carried a minus. */
    record Money(BigDecimal value, String currency, boolean negative, int line) {
    }

    /**
     * The amount of an element with a Ccy attribute, or null (after no warning: the caller says what it skips)
     * when its text is no number. A missing Ccy takes {@code fallbackCurrency}; a comma is read as the decimal mark.
     */
    static Money money(XmlNode amt, String fallbackCurrency, List<Warning> warnings) {
        if (amt == null) {
            return null;
        }
        String raw = amt.text();
        String text = raw;
        boolean negative = text.startsWith("-");
        if (negative || text.startsWith("+")) {
            text = text.substring(1);
        }
        BigDecimal value = text.indexOf(',') >= 0 && text.indexOf('.') >= 0 ? null : Amounts.swiftDecimal(text);
        if (value == null) {
            return null;
        }
        if (text.indexOf(',') >= 0) {
            warnings.add(new Warning(WarningCodes.DECIMAL_COMMA, amt.line(), "amount " + Amounts.quote(raw)
                    + " has a decimal comma; read as " + value.toPlainString()));
        }
        String currency = amt.attribute("Ccy");
        currency = currency == null ? null : currency.strip().toUpperCase(Locale.ROOT);
        if (currency == null || currency.isEmpty()) {
            currency = fallbackCurrency;
            warnings.add(new Warning(WarningCodes.AMOUNT_CURRENCY_MISSING, amt.line(), amt.name() + " "
                    + Amounts.quote(raw) + " has no Ccy; read in the account's currency " + fallbackCurrency));
        }
        return new Money(value, currency, negative && value.signum() != 0, amt.line());
    }

    /** CRDT or DBIT (in any letter case), or null when the indicator is missing or something else. */
    static CreditDebit creditDebit(XmlNode parent) {
        String text = parent == null ? null : parent.text("CdtDbtInd");
        if (text == null) {
            return null;
        }
        return switch (text.toUpperCase(Locale.ROOT)) {
            case "CRDT" -> CreditDebit.CRDT;
            case "DBIT" -> CreditDebit.DBIT;
            default -> null;
        };
    }

    /** A minus on a camt amount turns its direction round, flagged. */
    static CreditDebit signed(CreditDebit direction, Money money, String what, List<Warning> warnings) {
        if (!money.negative()) {
            return direction;
        }
        warnings.add(new Warning(WarningCodes.NEGATIVE_AMOUNT, money.line(), what + " -" + money.value().toPlainString()
                + " with CdtDbtInd " + direction + "; read as " + direction.opposite() + " "
                + money.value().toPlainString()));
        return direction.opposite();
    }

    /**
     * The date of a date-choice element ({@code <Dt>} or {@code <DtTm>} inside, or the text itself) as written,
     * whatever the offset; a date not in the calendar or no date at all gives {@code invalidDate} and the fallback.
     */
    static LocalDate date(XmlNode choice, String what, LocalDate fallback, List<Warning> warnings) {
        if (choice == null) {
            return null;
        }
        String raw = choice.firstText(new String[] {"Dt"}, new String[] {"DtTm"});
        raw = raw == null ? choice.text() : raw;
        if (raw.length() >= 10 && ISO_DATE.matcher(raw.substring(0, 10)).matches()) {
            LocalDate date = Dates.orWarn(Integer.parseInt(raw.substring(0, 4)), Integer.parseInt(raw.substring(5, 7)),
                    Integer.parseInt(raw.substring(8, 10)), raw, what, choice.line(), warnings);
            return date == null ? fallback : date;
        }
        warnings.add(new Warning(WarningCodes.INVALID_DATE, choice.line(), what + " " + Amounts.quote(raw)
                + " is not an ISO date; " + (fallback == null ? "left empty" : "the statement's date is used")));
        return fallback;
    }

    /** A date at the start of an ISO date or date-time, or null, without any warning (for fallbacks). */
    static LocalDate quietDate(String text) {
        if (text == null || text.length() < 10 || !ISO_DATE.matcher(text.substring(0, 10)).matches()) {
            return null;
        }
        try {
            return LocalDate.parse(text.substring(0, 10));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
