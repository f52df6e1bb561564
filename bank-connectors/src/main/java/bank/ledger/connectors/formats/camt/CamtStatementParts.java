package bank.ledger.connectors.formats.camt;

import bank.ledger.connectors.formats.model.Account;
import bank.ledger.connectors.formats.model.Amounts;
import bank.ledger.connectors.formats.model.Totals;
import bank.ledger.connectors.formats.model.Warning;
import bank.ledger.connectors.formats.model.WarningCodes;
import bank.ledger.domain.money.Currencies;
import java.util.List;
import java.util.Locale;

/** The statement-level parts of a camt statement: account, currency, sequence number and stated totals. */
final class CamtStatementParts {
    private CamtStatementParts() {
    }

    static Account account(XmlNode item, List<Warning> warnings) {
        XmlNode acct = item.find("Acct");
        String iban = acct == null ? null : acct.text("Id", "IBAN");
        String number = acct == null ? null : acct.firstText(new String[] {"Id", "Othr", "Id"},
                new String[] {"Id", "PrtryAcct", "Id"}, new String[] {"Id", "BBAN"}, new String[] {"Id", "UPIC"});
        String bic = acct == null ? null : acct.firstText(new String[] {"Svcr", "FinInstnId", "BICFI"},
                new String[] {"Svcr", "FinInstnId", "BIC"});
        if (iban == null && number == null) {
            warnings.add(new Warning(WarningCodes.ACCOUNT_MISSING, acct == null ? item.line() : acct.line(),
                    item.name() + " names no account (neither Acct/Id/IBAN nor another identification)"));
        }
        return new Account(iban, iban == null ? number : null, bic);
    }

    /**
     * Acct/Ccy; when it is missing or no ISO currency, the first balance's or entry's currency (an ISO one first),
     * flagged. Null only when no amount names a currency at all.
     */
    static String currency(XmlNode item, List<Warning> warnings) {
        String declared = item.text("Acct", "Ccy");
        String currency = declared == null ? null : declared.toUpperCase(Locale.ROOT);
        if (currency != null && Currencies.isSupported(currency)) {
            return currency;
        }
        XmlNode amt = firstAmount(item, true);
        amt = amt != null ? amt : firstAmount(item, false);
        if (amt == null) {
            return currency;
        }
        String found = amt.attribute("Ccy").strip().toUpperCase(Locale.ROOT);
        warnings.add(new Warning(WarningCodes.ACCOUNT_CURRENCY_INFERRED, amt.line(), (declared == null ? "Acct has no Ccy"
                : "Acct/Ccy " + Amounts.quote(declared) + " is no ISO 4217 currency") + "; the account's currency is"
                + " taken as " + found + ", from the first " + (amt.line() < firstLine(item, "Ntry") ? "balance" : "entry")));
        return found;
    }

    private static XmlNode firstAmount(XmlNode item, boolean isoOnly) {
        for (String parent : new String[] {"Bal", "Ntry"}) {
            for (XmlNode node : item.children(parent)) {
                XmlNode amt = node.find("Amt");
                String ccy = amt == null ? null : amt.attribute("Ccy");
                if (ccy != null && !ccy.isBlank()
                        && (!isoOnly || Currencies.isSupported(ccy.strip().toUpperCase(Locale.ROOT)))) {
                    return amt;
                }
            }
        }
        return null;
    }

    private static int firstLine(XmlNode item, String name) {
        XmlNode first = item.find(name);
        return first == null ? Integer.MAX_VALUE : first.line();
    }

    /** ElctrncSeqNb, else LglSeqNb, when it is a whole number. */
    static Long sequence(XmlNode item, List<Warning> warnings) {
        XmlNode node = item.firstOf(new String[] {"ElctrncSeqNb"}, new String[] {"LglSeqNb"});
        if (node == null || node.text().isEmpty()) {
            return null;
        }
        if (!node.text().matches("\\d{1,18}")) {
            warnings.add(new Warning(WarningCodes.UNREADABLE_VALUE, node.line(), node.name() + " "
                    + Amounts.quote(node.text()) + " is not a whole number; the statement has no sequence number"));
            return null;
        }
        return Long.parseLong(node.text());
    }

    static Totals totals(XmlNode item, String currency, List<Warning> warnings) {
        XmlNode summary = item.find("TxsSummry");
        XmlNode credits = summary == null ? null : summary.find("TtlCdtNtries");
        XmlNode debits = summary == null ? null : summary.find("TtlDbtNtries");
        if (credits == null && debits == null) {
            return null;
        }
        return new Totals(count(debits, warnings), sum(debits, currency, warnings), count(credits, warnings),
                sum(credits, currency, warnings));
    }

    private static int count(XmlNode node, List<Warning> warnings) {
        XmlNode count = node == null ? null : node.find("NbOfNtries");
        if (count == null) {
            return -1;
        }
        if (!count.text().matches("\\d{1,9}")) {
            warnings.add(new Warning(WarningCodes.UNREADABLE_VALUE, count.line(), "NbOfNtries "
                    + Amounts.quote(count.text()) + " is not a count; left out of the totals check"));
            return -1;
        }
        return Integer.parseInt(count.text());
    }

    private static long sum(XmlNode node, String currency, List<Warning> warnings) {
        XmlNode sum = node == null ? null : node.find("Sum");
        if (sum == null) {
            return 0;
        }
        String raw = sum.text();
        java.math.BigDecimal value = Amounts.swiftDecimal(raw);
        if (value == null) {
            warnings.add(new Warning(WarningCodes.UNREADABLE_VALUE, sum.line(), "Sum " + Amounts.quote(raw)
                    + " is no number; taken as 0"));
            return 0;
        }
        return Amounts.exactMinor(value, currency, sum.line(), warnings);
    }
}
