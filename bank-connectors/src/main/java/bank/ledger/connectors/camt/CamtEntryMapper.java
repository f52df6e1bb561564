package bank.ledger.connectors.camt;

import bank.ledger.connectors.statement.CreditDebit;
import bank.ledger.connectors.statement.Dates;
import bank.ledger.connectors.statement.Entry;
import bank.ledger.connectors.statement.Problems;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** One camt Ntry to an {@link Entry}; transaction details are read when the entry has exactly one. */
final class CamtEntryMapper {
    private final Problems problems;

    CamtEntryMapper(Problems problems) {
        this.problems = problems;
    }

    Entry map(XmlNode ntry, String currency) {
        Long amount = CamtAmounts.amount(ntry.find("Amt"), currency, "entry amount", ntry.line(), problems);
        CreditDebit direction = CamtAmounts.creditDebit(ntry, problems);
        boolean reversal = isTrue(ntry.text("RvslInd"));
        String status = ntry.firstText(new String[] {"Sts", "Cd"}, new String[] {"Sts", "Prtry"}, new String[] {"Sts"});
        LocalDate booking = date(ntry, "BookgDt");
        LocalDate value = date(ntry, "ValDt");
        if (amount == null || direction == null) {
            return null;
        }
        // A batch entry carries many TxDtls; only a single one describes the entry as a whole.
        List<XmlNode> details = ntry.descendants("TxDtls");
        XmlNode tx = details.size() == 1 ? details.get(0) : null;
        // ISO 20022: with RvslInd, CdtDbtInd is already the direction on the account; the other
        // party is the one of the original payment, whose direction was the opposite.
        CreditDebit original = reversal ? direction.opposite() : direction;
        String partyRole = original == CreditDebit.CRDT ? "Dbtr" : "Cdtr";
        return new Entry(amount, direction, booking, value,
                first(ntry.text("AcctSvcrRef"), tx == null ? null : tx.text("Refs", "AcctSvcrRef"), ntry.text("NtryRef")),
                tx == null ? null : provided(tx.text("Refs", "InstrId")),
                tx == null ? null : provided(tx.text("Refs", "EndToEndId")),
                tx == null ? null : party(tx, partyRole),
                tx == null ? null : tx.firstText(new String[] {"RltdPties", partyRole + "Acct", "Id", "IBAN"},
                        new String[] {"RltdPties", partyRole + "Acct", "Id", "Othr", "Id"}),
                description(ntry, tx),
                reversal, isoCode(ntry),
                ntry.text("BkTxCd", "Prtry", "Cd"),
                status == null || "BOOK".equals(status));
    }

    private LocalDate date(XmlNode ntry, String element) {
        XmlNode node = ntry.find(element);
        if (node == null) {
            return null;
        }
        String text = node.firstText(new String[] {"Dt"}, new String[] {"DtTm"});
        return Dates.isoDate(text, element, node.line(), problems);
    }

    /** V08+ wraps the party in Pty; earlier versions put Nm right under Dbtr/Cdtr. */
    private static String party(XmlNode tx, String role) {
        return tx.firstText(new String[] {"RltdPties", role, "Pty", "Nm"}, new String[] {"RltdPties", role, "Nm"},
                new String[] {"RltdPties", "Ultmt" + role, "Pty", "Nm"}, new String[] {"RltdPties", "Ultmt" + role, "Nm"});
    }

    private static String description(XmlNode ntry, XmlNode tx) {
        if (tx != null) {
            XmlNode remittance = tx.find("RmtInf");
            if (remittance != null) {
                String unstructured = remittance.children("Ustrd").stream().map(XmlNode::text)
                        .filter(s -> !s.isEmpty()).collect(Collectors.joining(" "));
                if (!unstructured.isEmpty()) {
                    return unstructured;
                }
                String reference = remittance.text("Strd", "CdtrRefInf", "Ref");
                if (reference != null) {
                    return reference;
                }
            }
            String additional = tx.text("AddtlTxInf");
            if (additional != null) {
                return additional;
            }
        }
        return ntry.text("AddtlNtryInf");
    }

    private static String isoCode(XmlNode ntry) {
        XmlNode domain = ntry.find("BkTxCd", "Domn");
        if (domain == null) {
            return null;
        }
        return String.join("/", nonNull(domain.text("Cd")), nonNull(domain.text("Fmly", "Cd")),
                nonNull(domain.text("Fmly", "SubFmlyCd")));
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private static boolean isTrue(String text) {
        return "true".equals(text) || "1".equals(text);
    }

    /** "NOTPROVIDED" is how ISO 20022 says there is no reference. */
    private static String provided(String text) {
        return text == null || "NOTPROVIDED".equalsIgnoreCase(text) ? null : text;
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
