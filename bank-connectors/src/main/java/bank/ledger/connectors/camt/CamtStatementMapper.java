package bank.ledger.connectors.camt;

import bank.ledger.connectors.statement.Account;
import bank.ledger.connectors.statement.Amounts;
import bank.ledger.connectors.statement.Balance;
import bank.ledger.connectors.statement.CreditDebit;
import bank.ledger.connectors.statement.Dates;
import bank.ledger.connectors.statement.Entry;
import bank.ledger.connectors.statement.ParseLimits;
import bank.ledger.connectors.statement.Problems;
import bank.ledger.connectors.statement.Statement;
import bank.ledger.connectors.statement.Totals;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One camt Stmt/Rpt/Ntfctn element to a {@link Statement}. Element names are tried in their
 * variants across versions: V01 roots are suffixed "V01" and have TxDtls straight under Ntry, balance
 * types moved under CdOrPrtry in V02, the BIC became BICFI in V03, and in V07 party names moved under
 * Pty and the entry status became a Sts/Cd choice (checked against Prowide's model by a test).
 */
final class CamtStatementMapper {
    private final String message;
    private final ParseLimits limits;
    private final Problems problems;
    private final CamtEntryMapper entries;

    CamtStatementMapper(String message, ParseLimits limits, Problems problems) {
        this.message = message;
        this.limits = limits;
        this.problems = problems;
        this.entries = new CamtEntryMapper(problems);
    }

    Statement map(XmlNode item) {
        int before = problems.errors().size();
        String id = item.text("Id");
        Long sequence = sequence(item);
        Account account = account(item);
        String currency = currency(item);
        Balance opening = null;
        Balance closing = null;
        for (XmlNode bal : item.children("Bal")) {
            String type = bal.firstText(new String[] {"Tp", "CdOrPrtry", "Cd"},
                    new String[] {"Tp", "Cd"}, new String[] {"Tp", "CdOrPrtry", "Prtry"});
            Balance balance = balance(bal, currency, type);
            if (balance == null) {
                continue;
            }
            if ("OPBD".equals(type) || ("PRCD".equals(type) && opening == null)) {
                opening = balance;
            } else if ("CLBD".equals(type) || ("ITBD".equals(type) && message.startsWith("camt.052"))) {
                closing = balance; // an intraday report's last interim booked balance closes it
            }
        }
        List<XmlNode> ntries = item.children("Ntry");
        if (ntries.size() > limits.maxEntriesPerStatement()) {
            problems.add(ntries.get(limits.maxEntriesPerStatement()).line(),
                    "more than " + limits.maxEntriesPerStatement() + " entries in statement " + id);
            return null;
        }
        List<Entry> mapped = new ArrayList<>();
        for (XmlNode ntry : ntries) {
            Entry entry = entries.map(ntry, currency);
            if (entry != null) {
                mapped.add(entry);
            }
        }
        if (problems.errors().size() > before) {
            return null;
        }
        return new Statement(message, account, currency, id, sequence, null, opening, closing,
                totals(item, currency), mapped);
    }

    private Long sequence(XmlNode item) {
        XmlNode node = item.find("ElctrncSeqNb");
        if (node == null) {
            node = item.find("LglSeqNb");
        }
        if (node == null) {
            return null;
        }
        if (!node.text().matches("\\d{1,18}")) {
            problems.add(node.line(), node.name() + ": expected a whole number, got " + Amounts.quote(node.text()));
            return null;
        }
        return Long.parseLong(node.text());
    }

    private Account account(XmlNode item) {
        XmlNode acct = item.find("Acct");
        if (acct == null) {
            problems.add(item.line(), item.name() + " has no Acct element");
            return new Account(null, null, null);
        }
        String iban = acct.text("Id", "IBAN");
        String number = acct.firstText(new String[] {"Id", "Othr", "Id"}, new String[] {"Id", "PrtryAcct", "Id"},
                new String[] {"Id", "BBAN"}, new String[] {"Id", "UPIC"});
        String bic = acct.firstText(new String[] {"Svcr", "FinInstnId", "BICFI"},
                new String[] {"Svcr", "FinInstnId", "BIC"});
        if (iban == null && number == null) {
            problems.add(acct.line(), "Acct has neither an IBAN nor another account identification");
        }
        return new Account(iban, iban == null ? number : null, bic);
    }

    /** Acct/Ccy is optional in camt; the balances' or entries' currency stands in for it. */
    private String currency(XmlNode item) {
        String currency = item.text("Acct", "Ccy");
        for (String[] path : new String[][] {{"Bal", "Amt"}, {"Ntry", "Amt"}}) {
            XmlNode amount = currency == null ? item.find(path) : null;
            if (amount != null) {
                currency = amount.attribute("Ccy");
            }
        }
        if (currency == null) {
            problems.add(item.line(), item.name() + ": no currency in Acct/Ccy, balances or entries");
        }
        return currency;
    }

    private Balance balance(XmlNode bal, String currency, String type) {
        Long amount = CamtAmounts.amount(bal.find("Amt"), currency, "balance " + type, bal.line(), problems);
        CreditDebit direction = CamtAmounts.creditDebit(bal, problems);
        String dateText = bal.firstText(new String[] {"Dt", "Dt"}, new String[] {"Dt", "DtTm"});
        LocalDate date = Dates.isoDate(dateText, "balance " + type + " date", bal.line(), problems);
        if (amount == null || direction == null || date == null) {
            return null;
        }
        return new Balance(amount, direction, date);
    }

    private Totals totals(XmlNode item, String currency) {
        XmlNode summary = item.find("TxsSummry");
        if (summary == null) {
            return null;
        }
        XmlNode credits = summary.find("TtlCdtNtries");
        XmlNode debits = summary.find("TtlDbtNtries");
        if (credits == null && debits == null) {
            return null;
        }
        return new Totals(count(debits), sum(debits, currency), count(credits), sum(credits, currency));
    }

    private int count(XmlNode node) {
        String text = node == null ? null : node.text("NbOfNtries");
        return text != null && text.matches("\\d{1,9}") ? Integer.parseInt(text) : -1;
    }

    private long sum(XmlNode node, String currency) {
        String text = node == null ? null : node.text("Sum");
        if (text == null) {
            return 0;
        }
        Long minor = Amounts.toMinor(text, currency, "TxsSummry sum", node.line(), problems);
        return minor == null ? 0 : minor;
    }
}
