package bank.ledger.connectors.cli;

import bank.ledger.connectors.formats.model.Account;
import bank.ledger.connectors.formats.model.Amounts;
import bank.ledger.connectors.formats.model.Balance;
import bank.ledger.connectors.formats.model.Entry;
import bank.ledger.connectors.formats.model.ParsedFile;
import bank.ledger.connectors.formats.model.Statement;
import bank.ledger.connectors.formats.model.Warning;
import bank.ledger.connectors.formats.validation.ValidationIssue;
import java.math.BigDecimal;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The CLI's JSON: the fields the issue names, plus a few the model has (bic, page, codes, booked)
 * that reconciliation needs. Amounts are positive decimal strings with the currency's exact decimals;
 * the direction is in creditDebit. Jackson does the escaping.
 */
public final class StatementJson {
    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private StatementJson() {
    }

    /** One file as a JSON text: compact on one line, or indented. */
    public static String write(ParsedFile file, List<ValidationIssue> issues, boolean pretty) {
        ObjectNode json = toJson(file, issues);
        return pretty ? MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(json) : MAPPER.writeValueAsString(json);
    }

    public static ObjectNode toJson(ParsedFile file, List<ValidationIssue> issues) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("file", file.file());
        root.put("format", file.format());
        ArrayNode statements = root.putArray("statements");
        file.statements().forEach(s -> statements.add(statement(s)));
        root.set("warnings", warnings(file.warnings()));
        ArrayNode found = root.putArray("issues");
        for (ValidationIssue issue : issues) {
            ObjectNode node = found.addObject();
            node.put("severity", issue.severity().name());
            node.put("code", issue.code());
            node.put("statement", issue.statementIndex());
            node.put("statementId", issue.statementId());
            node.put("message", issue.message());
        }
        return root;
    }

    private static ObjectNode statement(Statement s) {
        ObjectNode node = MAPPER.createObjectNode();
        Account account = s.account();
        node.put("format", s.format());
        node.put("account", account.id());
        node.put("accountType", account.iban() != null ? "IBAN" : account.number() != null ? "NUMBER" : null);
        node.put("bic", account.bic());
        node.put("currency", s.currency());
        node.put("statementId", s.statementId());
        node.put("sequence", s.sequence());
        node.put("page", s.page());
        node.set("openingBalance", balance(s.openingBalance(), s.currency()));
        node.set("closingBalance", balance(s.closingBalance(), s.currency()));
        if (s.totals() != null) {
            ObjectNode totals = node.putObject("totals");
            totals.put("debitCount", s.totals().debitCount());
            totals.put("debitAmount", Amounts.format(s.totals().debitMinor(), s.currency()));
            totals.put("creditCount", s.totals().creditCount());
            totals.put("creditAmount", Amounts.format(s.totals().creditMinor(), s.currency()));
        }
        ArrayNode entries = node.putArray("entries");
        s.entries().forEach(e -> entries.add(entry(e, s.currency())));
        node.put("line", s.line());
        node.set("warnings", warnings(s.warnings()));
        return node;
    }

    private static ObjectNode balance(Balance balance, String currency) {
        if (balance == null) {
            return null;
        }
        ObjectNode node = MAPPER.createObjectNode();
        node.put("amount", Amounts.format(balance.amountMinor(), currency));
        node.put("creditDebit", balance.creditDebit().name());
        node.put("date", balance.date().toString());
        return node;
    }

    private static ObjectNode entry(Entry e, String currency) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("amount", e.amount() == null ? Amounts.format(e.amountMinor(), currency)
                : exact(e.amount(), e.currency() == null ? currency : e.currency()));
        if (e.currency() != null && !e.currency().equals(currency)) {
            node.put("currency", e.currency());
        }
        if (e.amount() != null || e.currency() != null) {
            node.put("accountAmount", Amounts.format(e.amountMinor(), currency));
        }
        node.put("creditDebit", e.creditDebit().name());
        node.put("bookingDate", e.bookingDate() == null ? null : e.bookingDate().toString());
        node.put("valueDate", e.valueDate() == null ? null : e.valueDate().toString());
        node.put("reference", e.reference());
        node.put("customerReference", e.customerReference());
        node.put("endToEndId", e.endToEndId());
        node.put("counterparty", e.counterparty());
        node.put("counterpartyAccount", e.counterpartyAccount());
        node.put("description", e.description());
        node.put("reversal", e.reversal());
        node.put("bankTransactionCode", e.bankTransactionCode());
        node.put("proprietaryCode", e.proprietaryCode());
        node.put("booked", e.booked());
        node.put("line", e.line());
        ArrayNode amounts = node.putArray("amountDetails");
        for (Entry.AmountDetail d : e.amountDetails()) {
            ObjectNode detail = amounts.addObject();
            detail.put("kind", d.kind());
            detail.put("amount", d.amount() == null ? null : d.amount().toPlainString());
            detail.put("currency", d.currency());
            detail.put("exchangeRate", d.exchangeRate() == null ? null : d.exchangeRate().toPlainString());
            detail.put("sourceCurrency", d.sourceCurrency());
            detail.put("targetCurrency", d.targetCurrency());
        }
        ArrayNode details = node.putArray("details");
        for (Entry.EntryDetail d : e.details()) {
            ObjectNode detail = details.addObject();
            detail.put("amount", d.amount() == null ? null : d.amount().toPlainString());
            detail.put("currency", d.currency());
            detail.put("reference", d.reference());
            detail.put("endToEndId", d.endToEndId());
            detail.put("counterparty", d.counterparty());
            detail.put("counterpartyAccount", d.counterpartyAccount());
            detail.put("description", d.description());
        }
        node.set("warnings", warnings(e.warnings()));
        return node;
    }

    /** At least the currency's decimals ("123," in EUR is "123.00"), more when the bank sent more. */
    static String exact(BigDecimal amount, String currency) {
        int decimals = Math.max(Amounts.exponent(currency), Math.max(0, amount.stripTrailingZeros().scale()));
        return amount.setScale(decimals).toPlainString();
    }

    private static ArrayNode warnings(List<Warning> warnings) {
        ArrayNode array = MAPPER.createArrayNode();
        for (Warning w : warnings) {
            ObjectNode node = array.addObject();
            node.put("code", w.code());
            node.put("line", w.line());
            node.put("message", w.message());
        }
        return array;
    }
}
