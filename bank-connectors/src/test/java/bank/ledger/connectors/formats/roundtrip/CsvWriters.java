package bank.ledger.connectors.formats.roundtrip;

import bank.ledger.connectors.formats.model.Entry;
import bank.ledger.connectors.formats.model.Statement;
import bank.ledger.domain.money.MoneyFormat;
import java.time.format.DateTimeFormatter;

/** Prints statements as the CSV layouts of the built-in profiles, for the CSV parse-print-parse properties. */
final class CsvWriters {
    private CsvWriters() {
    }

    /**
     * The generic layout as a bank would export it: a preamble line, the header, every text quoted (quotes
     * doubled, line breaks kept), amounts with thousands commas ("-1,234.56"), any delimiter.
     */
    static String generic(Statement s, char delimiter) {
        String d = String.valueOf(delimiter);
        StringBuilder b = new StringBuilder("Exported by Example Bank").append(d).append(d).append('\n')
                .append(String.join(d, "Booking Date", "Value Date", "Amount", "Currency", "Reference", "Counterparty",
                        "Description")).append('\n');
        for (Entry e : s.entries()) {
            b.append(String.join(d, e.bookingDate().toString(), e.valueDate().toString(),
                    quoted(grouped(e.signedMinor(), s.currency(), ',', '.')), s.currency(), quoted(e.reference()),
                    quoted(e.counterparty()), quoted(e.description()))).append('\n');
        }
        return b.toString();
    }

    /** The debit-credit layout (US): MM/dd/yyyy, unsigned amounts in a Debit or a Credit column. */
    static String debitCredit(Statement s) {
        DateTimeFormatter us = DateTimeFormatter.ofPattern("MM/dd/yyyy");
        StringBuilder b = new StringBuilder("Date,Description,Check or Slip #,Debit,Credit\r\n");
        for (Entry e : s.entries()) {
            String amount = quoted(grouped(e.amountMinor(), s.currency(), ',', '.'));
            boolean debit = e.signedMinor() < 0;
            b.append(us.format(e.bookingDate())).append(',').append(quoted(e.description())).append(',')
                    .append(quoted(e.reference())).append(',').append(debit ? amount : "").append(',')
                    .append(debit ? "" : amount).append("\r\n");
        }
        return b.toString();
    }

    private static String quoted(String text) {
        return text == null ? "" : "\"" + text.replace("\"", "\"\"") + "\"";
    }

    /** Minor units with grouping every three digits: "-1,234,567.89" (or "-1.234.567,89"). */
    static String grouped(long signedMinor, String currency, char grouping, char mark) {
        String plain = MoneyFormat.format(Math.abs(signedMinor), currency);
        int dot = plain.indexOf('.');
        String integer = dot < 0 ? plain : plain.substring(0, dot);
        StringBuilder b = new StringBuilder(signedMinor < 0 ? "-" : "");
        for (int i = 0; i < integer.length(); i++) {
            if (i > 0 && (integer.length() - i) % 3 == 0) {
                b.append(grouping);
            }
            b.append(integer.charAt(i));
        }
        return dot < 0 ? b.toString() : b.append(mark).append(plain, dot + 1, plain.length()).toString();
    }
}
