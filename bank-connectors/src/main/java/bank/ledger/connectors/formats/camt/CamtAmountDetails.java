package bank.ledger.connectors.formats.camt;

import bank.ledger.connectors.formats.model.Entry.AmountDetail;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The other amounts a bank gives for an entry (AmtDtls): instructed, transaction, counter-value, announced
 * and proprietary amounts, each with its exchange (CcyXchg) when given. They are kept as sent; one in the
 * account's currency is the entry's counter-value when the entry's own amount is in another currency.
 */
final class CamtAmountDetails {
    private static final String[][] KINDS = {{"CntrValAmt", "counterValue"}, {"TxAmt", "transaction"},
        {"InstdAmt", "instructed"}, {"AnncdPstngAmt", "announced"}, {"PrtryAmt", "proprietary"}};

    record Found(AmountDetail detail, CamtValues.Money money, String element) {
    }

    private CamtAmountDetails() {
    }

    /** Every amount of the AmtDtls elements given, in document order of the AmtDtls, then by kind. */
    static List<Found> read(List<XmlNode> amtDtls) {
        List<Found> found = new ArrayList<>();
        for (XmlNode dtls : amtDtls) {
            for (XmlNode child : dtls.children()) {
                String kind = kind(child.name());
                XmlNode amt = child.find("Amt");
                CamtValues.Money money = amt == null ? null : CamtValues.money(amt, null, new ArrayList<>());
                if (kind == null || money == null) {
                    continue;
                }
                XmlNode xchg = child.find("CcyXchg");
                BigDecimal rate = xchg == null ? null : rate(xchg.text("XchgRate"));
                found.add(new Found(new AmountDetail(kind, money.value(), money.currency(), rate,
                        xchg == null ? null : xchg.text("SrcCcy"), xchg == null ? null : xchg.text("TrgtCcy")),
                        money, child.name()));
            }
        }
        return found;
    }

    /** The first amount in the account's currency, preferring the counter-value, then the transaction amount. */
    static Found inCurrency(List<Found> found, String currency) {
        for (String[] kind : KINDS) {
            for (Found f : found) {
                if (f.element.equals(kind[0]) && currency != null && currency.equals(f.money.currency())) {
                    return f;
                }
            }
        }
        return null;
    }

    private static String kind(String element) {
        for (String[] kind : KINDS) {
            if (kind[0].equals(element)) {
                return kind[1];
            }
        }
        return null;
    }

    private static BigDecimal rate(String text) {
        if (text == null || text.length() > 40 || !text.matches("\\d{0,30}(\\.\\d{0,20})?") || text.equals(".")
                || text.isEmpty()) {
            return null;
        }
        return new BigDecimal(text.startsWith(".") ? "0" + text : text);
    }
}
