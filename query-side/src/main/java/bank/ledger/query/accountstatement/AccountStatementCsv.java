package bank.ledger.query.accountstatement;

import java.util.List;

/**
 * A whole statement as CSV (RFC 4180): a header, an opening-balance row, one row per line, a
 * closing-balance row. Text fields are always quoted, so commas, quotes and line breaks in a
 * description cannot shift columns; a leading formula character is neutralised for spreadsheets.
 */
final class AccountStatementCsv {
    static final String HEADER = "effectiveDate,recordedAt,entryId,description,debit,credit,runningBalance,"
            + "currency,correlationId\r\n";

    private AccountStatementCsv() {
    }

    static String of(AccountStatementResponse first, List<AccountStatementResponse.Line> lines) {
        StringBuilder csv = new StringBuilder(HEADER);
        String currency = first.currency();
        row(csv, first.from().toString(), "", "", "opening balance", "", "", first.openingBalance(), currency, "");
        for (AccountStatementResponse.Line l : lines) {
            row(csv, l.effectiveDate().toString(), l.recordedAt().toString(), l.entryId(), l.description(),
                    l.debit(), l.credit(), l.runningBalance(), currency, l.correlationId());
        }
        row(csv, first.to().toString(), "", "", "closing balance", first.periodDebits(), first.periodCredits(),
                first.closingBalance(), currency, "");
        return csv.toString();
    }

    private static void row(StringBuilder csv, String... fields) {
        for (int i = 0; i < fields.length; i++) {
            csv.append(i == 0 ? "" : ",").append(quote(fields[i]));
        }
        csv.append("\r\n");
    }

    static String quote(String field) {
        if (field == null || field.isEmpty()) {
            return "";
        }
        String safe = "=+@".indexOf(field.charAt(0)) >= 0 ? "'" + field : field;
        return '"' + safe.replace("\"", "\"\"") + '"';
    }
}
