package bank.ledger.connectors.cli;

import bank.ledger.connectors.formats.model.Account;
import bank.ledger.connectors.formats.model.Balance;
import bank.ledger.connectors.formats.model.CreditDebit;
import bank.ledger.connectors.formats.model.Entry;
import bank.ledger.connectors.formats.model.ParsedFile;
import bank.ledger.connectors.formats.model.Statement;
import bank.ledger.connectors.formats.model.Totals;
import bank.ledger.connectors.formats.model.Warning;
import bank.ledger.domain.money.MoneyFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Reads the CLI's JSON back into the model, so that consumers (and the round-trip tests) get the
 * exact minor units that were printed.
 */
public final class StatementJsonReader {
    private StatementJsonReader() {
    }

    public static ParsedFile read(String json) {
        JsonNode root = StatementJson.MAPPER.readTree(json);
        List<Statement> statements = new ArrayList<>();
        for (JsonNode s : root.get("statements")) {
            statements.add(statement(s));
        }
        return new ParsedFile(text(root, "file"), text(root, "format"), statements, warnings(root.get("warnings")));
    }

    private static Statement statement(JsonNode s) {
        String currency = text(s, "currency");
        String id = text(s, "account");
        Account account = new Account("IBAN".equals(text(s, "accountType")) ? id : null,
                "NUMBER".equals(text(s, "accountType")) ? id : null, text(s, "bic"));
        List<Entry> entries = new ArrayList<>();
        for (JsonNode e : s.get("entries")) {
            entries.add(entry(e, currency));
        }
        JsonNode t = s.get("totals");
        Totals totals = t == null || t.isNull() ? null : new Totals(t.get("debitCount").asInt(),
                MoneyFormat.parse(text(t, "debitAmount"), currency, "totals"), t.get("creditCount").asInt(),
                MoneyFormat.parse(text(t, "creditAmount"), currency, "totals"));
        return new Statement(text(s, "format"), account, currency, text(s, "statementId"),
                s.get("sequence").isNull() ? null : s.get("sequence").asLong(),
                s.get("page").isNull() ? null : s.get("page").asInt(),
                balance(s.get("openingBalance"), currency), balance(s.get("closingBalance"), currency), totals, entries,
                number(s, "line"), warnings(s.get("warnings")));
    }

    /** {@code accountAmount} is there when {@code amount} is not simply the statement-currency minor units. */
    private static Entry entry(JsonNode e, String currency) {
        String accountAmount = text(e, "accountAmount");
        long minor = MoneyFormat.parse(accountAmount != null ? accountAmount : text(e, "amount"), currency, "amount");
        BigDecimal exact = accountAmount == null ? null : new BigDecimal(text(e, "amount"));
        List<Entry.AmountDetail> amounts = new ArrayList<>();
        for (JsonNode d : array(e, "amountDetails")) {
            amounts.add(new Entry.AmountDetail(text(d, "kind"), decimal(d, "amount"), text(d, "currency"),
                    decimal(d, "exchangeRate"), text(d, "sourceCurrency"), text(d, "targetCurrency")));
        }
        List<Entry.EntryDetail> details = new ArrayList<>();
        for (JsonNode d : array(e, "details")) {
            details.add(new Entry.EntryDetail(decimal(d, "amount"), text(d, "currency"), text(d, "reference"),
                    text(d, "endToEndId"), text(d, "counterparty"), text(d, "counterpartyAccount"), text(d, "description")));
        }
        return new Entry(minor, CreditDebit.valueOf(text(e, "creditDebit")), date(e, "bookingDate"), date(e, "valueDate"),
                text(e, "reference"), text(e, "customerReference"), text(e, "endToEndId"), text(e, "counterparty"),
                text(e, "counterpartyAccount"), text(e, "description"), e.get("reversal").asBoolean(),
                text(e, "bankTransactionCode"), text(e, "proprietaryCode"), e.get("booked").asBoolean(),
                number(e, "line"), exact, text(e, "currency"), amounts, details, warnings(e.get("warnings")));
    }

    private static List<Warning> warnings(JsonNode array) {
        List<Warning> warnings = new ArrayList<>();
        if (array != null && !array.isNull()) {
            for (JsonNode w : array) {
                warnings.add(new Warning(text(w, "code"), number(w, "line"), text(w, "message")));
            }
        }
        return warnings;
    }

    private static Iterable<JsonNode> array(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? List.of() : value;
    }

    private static BigDecimal decimal(JsonNode node, String field) {
        String text = text(node, field);
        return text == null ? null : new BigDecimal(text);
    }

    private static int number(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? 0 : value.asInt();
    }

    private static Balance balance(JsonNode node, String currency) {
        if (node == null || node.isNull()) {
            return null;
        }
        return new Balance(MoneyFormat.parse(text(node, "amount"), currency, "balance"),
                CreditDebit.valueOf(text(node, "creditDebit")), date(node, "date"));
    }

    private static LocalDate date(JsonNode node, String field) {
        String text = text(node, field);
        return text == null ? null : LocalDate.parse(text);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
