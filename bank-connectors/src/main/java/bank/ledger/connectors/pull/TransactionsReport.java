package bank.ledger.connectors.pull;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A NextGenPSD2 JSON transactions report ({@code account.iban}, {@code transactions.booked[]} with
 * {@code transactionAmount}, {@code bookingDate}, {@code valueDate}, {@code transactionId},
 * {@code endToEndId}, {@code remittanceInformationUnstructured}) as camt.053 documents, one per booking
 * day and currency, so that it takes the one parser and pipeline every statement takes. Each day's
 * statement id is {@code psd2:<accountId>:<day>}: the same day pulled again is the same statement (a
 * duplicate), and a day the bank changed afterwards is told apart as a conflict, not booked twice. Days
 * after {@code until} are left for the pull that covers them (incomplete). The report has no balances
 * per day, so these statements are recorded unproven. At most {@value #TRANSACTIONS_MAX} transactions.
 */
final class TransactionsReport {
    static final int TRANSACTIONS_MAX = 100_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern AMOUNT = Pattern.compile("-?[0-9]{1,18}(\\.[0-9]{1,5})?");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final Pattern IBAN = Pattern.compile("[A-Z]{2}[0-9]{2}[A-Z0-9]{1,30}");

    /** One day's statement: the file name it is ingested under and its camt.053 document. */
    record Day(String name, byte[] camt053) {
    }

    private TransactionsReport() {
    }

    static List<Day> days(byte[] body, String accountId, LocalDate until) {
        JsonNode report;
        try {
            report = JSON.readTree(body);
        } catch (JacksonException unreadable) {
            throw new PullFailure("the transactions report is not JSON");
        }
        String iban = report.path("account").path("iban").asString("");
        if (!IBAN.matcher(iban).matches()) {
            throw new PullFailure("the transactions report names no account.iban");
        }
        JsonNode booked = report.path("transactions").path("booked");
        if (!booked.isArray() || booked.size() > TRANSACTIONS_MAX) {
            throw new PullFailure("the transactions report has no transactions.booked list of at most " + TRANSACTIONS_MAX);
        }
        Map<String, List<String>> entriesByDay = new TreeMap<>();
        for (JsonNode transaction : booked) {
            LocalDate day = date(transaction.path("bookingDate").asString(""));
            String currency = transaction.path("transactionAmount").path("currency").asString("");
            if (day != null && !day.isAfter(until) && CURRENCY.matcher(currency).matches()) {
                entriesByDay.computeIfAbsent(day + " " + currency, k -> new ArrayList<>()).add(entry(transaction, day, currency));
            }
        }
        List<Day> days = new ArrayList<>();
        entriesByDay.forEach((dayAndCurrency, entries) -> {
            String[] parts = dayAndCurrency.split(" ");
            String statementId = "psd2:" + accountId + ":" + parts[0] + (parts[1].isEmpty() ? "" : ":" + parts[1]);
            days.add(new Day(accountId + "-" + parts[0] + "-" + parts[1] + ".json",
                    document(statementId, iban, parts[1], parts[0], entries).getBytes(StandardCharsets.UTF_8)));
        });
        return days;
    }

    private static String entry(JsonNode transaction, LocalDate day, String currency) {
        String amount = transaction.path("transactionAmount").path("amount").asString("");
        if (!AMOUNT.matcher(amount).matches()) {
            throw new PullFailure("the transactions report has an amount that is not a decimal: " + cut(amount));
        }
        BigDecimal value = new BigDecimal(amount);
        LocalDate valueDate = date(transaction.path("valueDate").asString(""));
        String reference = transaction.path("transactionId").asString(null);
        String endToEnd = transaction.path("endToEndId").asString(null);
        String text = transaction.path("remittanceInformationUnstructured").asString(null);
        return "<Ntry><Amt Ccy=\"" + currency + "\">" + value.abs().toPlainString() + "</Amt><CdtDbtInd>"
                + (value.signum() < 0 ? "DBIT" : "CRDT") + "</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts><BookgDt><Dt>" + day
                + "</Dt></BookgDt><ValDt><Dt>" + (valueDate == null ? day : valueDate) + "</Dt></ValDt>"
                + (reference == null ? "" : "<AcctSvcrRef>" + xml(reference) + "</AcctSvcrRef>")
                + "<NtryDtls><TxDtls>" + (endToEnd == null ? "" : "<Refs><EndToEndId>" + xml(endToEnd) + "</EndToEndId></Refs>")
                + (text == null ? "" : "<RmtInf><Ustrd>" + xml(text) + "</Ustrd></RmtInf>") + "</TxDtls></NtryDtls></Ntry>";
    }

    private static String document(String statementId, String iban, String currency, String day, List<String> entries) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\">"
                + "<BkToCstmrStmt><GrpHdr><MsgId>" + xml(statementId) + "</MsgId><CreDtTm>" + day + "T23:59:59Z</CreDtTm></GrpHdr>"
                + "<Stmt><Id>" + xml(statementId) + "</Id><Acct><Id><IBAN>" + iban + "</IBAN></Id><Ccy>" + currency + "</Ccy></Acct>"
                + String.join("", entries) + "</Stmt></BkToCstmrStmt></Document>";
    }

    private static LocalDate date(String text) {
        try {
            return text.isEmpty() ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Text for an XML element: markup escaped, control characters dropped, at most 500 characters. */
    private static String xml(String text) {
        StringBuilder out = new StringBuilder();
        cut(text).codePoints().filter(c -> c >= 0x20 || c == '\t').forEach(c -> {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private static String cut(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500);
    }
}
