package bank.ledger.domain.fx;

import bank.ledger.domain.fx.api.FxRateQuote;
import bank.ledger.domain.fx.api.ImportFxRates;
import bank.ledger.domain.money.Currencies;
import bank.ledger.domain.money.FxRate;
import bank.ledger.domain.refusal.Fields;
import bank.ledger.domain.refusal.LedgerCalendar;
import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import bank.ledger.domain.refusal.TextRules;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/** The shape of a rate import, pure functions: ids, currencies, exact rates, dates, one rate per pair and day. */
public final class FxRateRules {
    /** Rates in one import: a day's table of every pair fits many times over; bigger files are split. */
    public static final int RATES_MAX = 2_000;
    static final int SOURCE_LENGTH_MAX = 100;
    static final List<String> FORMATS = List.of("json", "csv");

    private FxRateRules() {
    }

    public static void validate(ImportFxRates command) {
        TextRules.requireId(command.importId(), "id");
        Fields.requireText(command.source(), "source", SOURCE_LENGTH_MAX);
        if (!FORMATS.contains(command.format())) {
            throw Fields.invalid("format", "format is one of " + FORMATS);
        }
        if (command.rates().isEmpty()) {
            throw Fields.invalid("rates", "an import has at least one rate");
        }
        if (command.rates().size() > RATES_MAX) {
            throw Fields.invalid("rates", "an import has at most " + RATES_MAX + " rates; split the file");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < command.rates().size(); i++) {
            FxRateQuote quote = command.rates().get(i);
            String field = "rates[" + i + "]";
            validate(quote, field);
            if (!seen.add(quote.base() + "/" + quote.quote() + "@" + quote.effectiveDate())) {
                throw Fields.invalid(field, "the import has two rates for " + quote.base() + "/" + quote.quote()
                        + " on " + quote.effectiveDate());
            }
        }
    }

    public static void validate(FxRateQuote quote, String field) {
        if (quote == null) {
            throw Fields.invalid(field, "rate is required");
        }
        Currencies.exponent(quote.base(), field + ".base");
        Currencies.exponent(quote.quote(), field + ".quote");
        if (quote.base().equals(quote.quote())) {
            throw LedgerRefusal.of(RefusalCode.FX_LEG_MISMATCH, field, "a rate joins two different currencies");
        }
        FxRate.parse(quote.rate(), field + ".rate");
        if (quote.effectiveDate() == null) {
            throw Fields.invalid(field + ".effectiveDate", "the day the rate takes effect is required");
        }
        LedgerCalendar.requireInCalendar(quote.effectiveDate(), field + ".effectiveDate");
    }

    /** Rates as stored: canonical decimals, so "0.30150" and "0.3015" are the same rate. */
    static List<FxRateQuote> canonical(List<FxRateQuote> rates) {
        return rates.stream().map(r -> new FxRateQuote(r.base(), r.quote(),
                FxRate.parse(r.rate(), "rate").canonical(), r.effectiveDate())).toList();
    }

    /** Source, format and the canonical rates in order (an import is a document: order is part of it). */
    static String fingerprint(ImportFxRates command) {
        StringBuilder text = new StringBuilder();
        for (String part : List.of(command.source(), command.format())) {
            text.append(part.length()).append(':').append(part).append(';');
        }
        for (FxRateQuote rate : canonical(command.rates())) {
            String line = rate.base() + "/" + rate.quote() + "=" + rate.rate() + "@" + rate.effectiveDate();
            text.append(line.length()).append(':').append(line).append(';');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JVM has SHA-256", impossible);
        }
    }
}
