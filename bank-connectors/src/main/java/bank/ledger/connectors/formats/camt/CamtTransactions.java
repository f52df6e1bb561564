package bank.ledger.connectors.formats.camt;

import bank.ledger.connectors.formats.model.CreditDebit;
import bank.ledger.connectors.formats.model.Entry.EntryDetail;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** What one camt TxDtls says about a transaction: references, the other party, remittance text, amount. */
final class CamtTransactions {
    private CamtTransactions() {
    }

    /**
     * The other party's role: the debtor of a credit, the creditor of a debit. ISO 20022: with RvslInd,
     * CdtDbtInd is already the direction on the account, and the party is the one of the original payment.
     */
    static String partyRole(CreditDebit direction, boolean reversal) {
        CreditDebit original = reversal ? direction.opposite() : direction;
        return original == CreditDebit.CRDT ? "Dbtr" : "Cdtr";
    }

    /** V07+ wraps the party in Pty; earlier versions put Nm right under Dbtr/Cdtr. */
    static String party(XmlNode tx, String role) {
        return tx.firstText(new String[] {"RltdPties", role, "Pty", "Nm"}, new String[] {"RltdPties", role, "Nm"},
                new String[] {"RltdPties", "Ultmt" + role, "Pty", "Nm"}, new String[] {"RltdPties", "Ultmt" + role, "Nm"});
    }

    static String partyAccount(XmlNode tx, String role) {
        return tx.firstText(new String[] {"RltdPties", role + "Acct", "Id", "IBAN"},
                new String[] {"RltdPties", role + "Acct", "Id", "Othr", "Id"},
                new String[] {"RltdPties", role + "Acct", "Id", "PrtryAcct", "Id"},
                new String[] {"RltdPties", role + "Acct", "Id", "BBAN"});
    }

    /** Unstructured remittance lines joined, else the structured creditor reference, else AddtlTxInf. */
    static String description(XmlNode tx) {
        XmlNode remittance = tx.find("RmtInf");
        if (remittance != null) {
            String unstructured = remittance.children("Ustrd").stream().map(XmlNode::text)
                    .filter(s -> !s.isEmpty()).collect(Collectors.joining(" "));
            if (!unstructured.isEmpty()) {
                return unstructured;
            }
            String reference = remittance.firstText(new String[] {"Strd", "CdtrRefInf", "Ref"},
                    new String[] {"Strd", "RfrdDocInf", "Nb"});
            if (reference != null) {
                return reference;
            }
        }
        return tx.text("AddtlTxInf");
    }

    /** "NOTPROVIDED" is how ISO 20022 says there is no reference. */
    static String provided(String text) {
        return text == null || "NOTPROVIDED".equalsIgnoreCase(text) ? null : text;
    }

    /** The transactions of a batch entry, each with its own amount when the bank gave one. */
    static List<EntryDetail> details(List<XmlNode> txs, CreditDebit entryDirection, boolean reversal) {
        List<EntryDetail> details = new ArrayList<>();
        for (XmlNode tx : txs) {
            CreditDebit own = CamtValues.creditDebit(tx);
            String role = partyRole(own == null ? entryDirection : own, reversal);
            CamtValues.Money money = amount(tx);
            details.add(new EntryDetail(money == null ? null : money.value(), money == null ? null : money.currency(),
                    tx.firstText(new String[] {"Refs", "AcctSvcrRef"}, new String[] {"Refs", "TxId"},
                            new String[] {"Refs", "InstrId"}),
                    provided(tx.text("Refs", "EndToEndId")), party(tx, role), partyAccount(tx, role), description(tx)));
        }
        return details;
    }

    /** TxDtls/Amt (V03+), else the transaction amount, else the instructed amount of its AmtDtls. */
    static CamtValues.Money amount(XmlNode tx) {
        XmlNode amt = tx.firstOf(new String[] {"Amt"}, new String[] {"AmtDtls", "TxAmt", "Amt"},
                new String[] {"AmtDtls", "InstdAmt", "Amt"});
        return amt == null ? null : CamtValues.money(amt, null, new ArrayList<>());
    }
}
