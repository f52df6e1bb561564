package bank.ledger.connectors.formats.mt;

import bank.ledger.connectors.formats.model.Balance;
import bank.ledger.connectors.formats.model.Entry;
import bank.ledger.connectors.formats.model.Warning;
import bank.ledger.connectors.formats.model.WarningCodes;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A read ":61:" with the ":86:" that details it, turned into an entry once the statement's date is known. */
final class MtStatementLine {
    private final Field61Parser.Line line;
    private final int number;
    private Field86Parser.Details details;

    MtStatementLine(Field61Parser.Line line, int number) {
        this.line = line;
        this.number = number;
    }

    Field61Parser.Line line() {
        return line;
    }

    Field86Parser.Details details() {
        return details;
    }

    void details(Field86Parser.Details details) {
        this.details = details;
    }

    /** A YYMMDD date, or null without a warning (for choosing the statement's date). */
    static LocalDate quietDate(String yymmdd) {
        return SwiftValues.date(yymmdd, "", 0, new ArrayList<>());
    }

    Entry entry(LocalDate statementDate, MtStatementDraft s) {
        List<Warning> warnings = new ArrayList<>();
        LocalDate value = SwiftValues.date(line.valueDate(), ":61: value date", number, warnings);
        if (value == null) {
            value = statementDate;
        }
        LocalDate booking = line.entryDate() == null || value == null ? value
                : SwiftValues.entryDate(line.entryDate(), value, number, warnings);
        if (booking == null) {
            booking = value;
        }
        long minor = s.minor(line.amount(), number, warnings);
        BigDecimal exact = BigDecimal.valueOf(minor, s.exponent()).compareTo(line.amount()) == 0 ? null
                : line.amount().setScale(Math.max(s.exponent(), line.amount().stripTrailingZeros().scale()));
        if (line.typeCode() == null) {
            warnings.add(new Warning(WarningCodes.MISSING_TRANSACTION_TYPE, number, ":61: has no transaction type"
                    + " (such as NTRF): " + line.mark() + " " + line.amount().toPlainString()));
        }
        Field86Parser.Details d = details == null ? Field86Parser.Details.NONE : details;
        String description = d.description() != null ? d.description() : line.supplementary();
        String code = d.transactionCode() != null ? d.transactionCode() : ingTransactionCode(line.supplementary());
        return new Entry(minor, line.creditDebit(), booking, value, line.bankReference(), line.customerReference(),
                d.endToEndId(), d.counterparty(), d.counterpartyAccount(), description, line.reversal(),
                line.typeCode(), code, !line.mark().startsWith("E"), number, exact, null, List.of(), List.of(), warnings);
    }

    /** ING's supplementary details "/TRCD/00100/" carry its own transaction code. */
    private static String ingTransactionCode(String supplementary) {
        if (supplementary == null || !supplementary.startsWith("/TRCD/")) {
            return null;
        }
        int end = supplementary.indexOf('/', 6);
        String code = supplementary.substring(6, end < 0 ? supplementary.length() : end).strip();
        return code.isEmpty() ? null : code;
    }

    /** The balance with its date resolved (an invalid date takes the statement's), or null when there is none. */
    static Balance balance(MtBalance raw, String what, LocalDate statementDate, MtStatementDraft s) {
        if (raw == null) {
            return null;
        }
        List<Warning> warnings = new ArrayList<>();
        LocalDate date = SwiftValues.date(raw.date(), what + " balance date", raw.line(), warnings);
        if (date == null) {
            date = statementDate;
        }
        long minor = s.minor(raw.amount(), raw.line(), warnings);
        s.flags.addAll(warnings);
        if (date == null) {
            s.flags.add(WarningCodes.UNREADABLE_LINE, raw.line(), "no date for the " + what + " balance: "
                    + raw.raw() + "; not used");
            return null;
        }
        return new Balance(minor, raw.creditDebit(), date);
    }
}
