package bank.ledger.command.fx;

import bank.ledger.domain.fx.FxRateRules;
import bank.ledger.domain.fx.api.FxRateQuote;
import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A rate file: a header {@code base,quote,rate,effectiveDate}, then one rate a line (blank lines and lines
 * starting with {@code #} are skipped). All or nothing: every bad line is reported with its number (the
 * header is line 1) and none of the file is imported, so no rate is ever silently dropped.
 */
final class FxRateCsv {
    static final String HEADER = "base,quote,rate,effectiveDate";
    /** Bad lines named in one refusal; a file with more is reported by its first ones. */
    static final int PROBLEMS_MAX = 50;

    private FxRateCsv() {
    }

    static List<FxRateQuote> parse(String text) {
        String[] lines = (text == null ? "" : text).split("\r?\n", -1);
        if (lines.length == 0 || !HEADER.equals(stripBom(lines[0]).trim())) {
            throw LedgerRefusal.of(RefusalCode.INVALID_RATE_FILE, "lines[1]", "line 1: the header must be " + HEADER);
        }
        List<FxRateQuote> rates = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int firstBad = 0;
        Set<String> seen = new HashSet<>();
        for (int i = 1; i < lines.length && problems.size() < PROBLEMS_MAX; i++) {
            String line = lines[i].trim();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int number = i + 1;
            try {
                FxRateQuote quote = line(line, number);
                if (!seen.add(quote.base() + "/" + quote.quote() + "@" + quote.effectiveDate())) {
                    throw new IllegalArgumentException("a second rate for " + quote.base() + "/" + quote.quote()
                            + " on " + quote.effectiveDate());
                }
                rates.add(quote);
            } catch (LedgerRefusal refusal) {
                problems.add("line " + number + ": " + refusal.detail());
                firstBad = firstBad == 0 ? number : firstBad;
            } catch (IllegalArgumentException bad) {
                problems.add("line " + number + ": " + bad.getMessage());
                firstBad = firstBad == 0 ? number : firstBad;
            }
        }
        if (!problems.isEmpty()) {
            throw LedgerRefusal.of(RefusalCode.INVALID_RATE_FILE, "lines[" + firstBad + "]",
                    problems.size() + " bad line(s), nothing imported: " + String.join("; ", problems));
        }
        if (rates.size() > FxRateRules.RATES_MAX) {
            throw LedgerRefusal.of(RefusalCode.INVALID_RATE_FILE, "lines",
                    "at most " + FxRateRules.RATES_MAX + " rates a file; split it");
        }
        return rates;
    }

    private static FxRateQuote line(String line, int number) {
        String[] cells = line.split(",", -1);
        if (cells.length != 4) {
            throw new IllegalArgumentException("4 cells expected (" + HEADER + "), found " + cells.length);
        }
        LocalDate day;
        try {
            day = LocalDate.parse(cells[3].trim());
        } catch (DateTimeParseException notADate) {
            throw new IllegalArgumentException("effectiveDate is a date such as 2026-11-30");
        }
        FxRateQuote quote = new FxRateQuote(cells[0].trim(), cells[1].trim(), cells[2].trim(), day);
        FxRateRules.validate(quote, "lines[" + number + "]");
        return quote;
    }

    private static String stripBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }
}
