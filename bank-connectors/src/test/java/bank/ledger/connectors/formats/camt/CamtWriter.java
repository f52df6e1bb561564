package bank.ledger.connectors.formats.camt;

import bank.ledger.connectors.formats.model.Entry;
import bank.ledger.connectors.formats.model.Statement;
import bank.ledger.domain.money.MoneyFormat;

/**
 * Writes a statement back out as camt.053 of a given version with everything an entry keeps: its own amount and
 * currency, the amount details, the batch transactions, status, codes and references. The "print" of the
 * parse-print-parse property over the corpus.
 */
final class CamtWriter {
    private CamtWriter() {
    }

    static String camt053(Statement s, int version) {
        String root = "BkToCstmrStmt" + (version == 1 ? "V01" : "");
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Document xmlns=\"")
                .append(String.format("urn:iso:std:iso:20022:tech:xsd:camt.053.001.%02d", version)).append("\"><")
                .append(root).append("><GrpHdr><MsgId>W</MsgId><CreDtTm>2024-01-01T00:00:00</CreDtTm></GrpHdr>\n<Stmt>")
                .append(el("Id", s.statementId())).append("<Acct><Id><IBAN>DE89370400440532013000</IBAN></Id><Ccy>")
                .append(s.currency()).append("</Ccy></Acct>\n");
        for (Entry e : s.entries()) {
            b.append(entry(e, s.currency(), version)).append('\n');
        }
        return b.append("</Stmt></").append(root).append("></Document>\n").toString();
    }

    private static String entry(Entry e, String currency, int version) {
        String amount = e.amount() != null ? e.amount().toPlainString() : MoneyFormat.format(e.amountMinor(), currency);
        StringBuilder b = new StringBuilder("<Ntry>").append(amt(amount, e.currency() == null ? currency : e.currency()))
                .append(el("CdtDbtInd", e.creditDebit().name())).append(e.reversal() ? "<RvslInd>true</RvslInd>" : "")
                .append(version >= 7 ? "<Sts><Cd>" + status(e) + "</Cd></Sts>" : "<Sts>" + status(e) + "</Sts>")
                .append(e.bookingDate() == null ? "" : "<BookgDt><Dt>" + e.bookingDate() + "</Dt></BookgDt>")
                .append(e.valueDate() == null ? "" : "<ValDt><Dt>" + e.valueDate() + "</Dt></ValDt>")
                .append(el("AcctSvcrRef", e.reference())).append(code(e));
        if (!e.amountDetails().isEmpty()) {
            b.append("<AmtDtls>");
            for (Entry.AmountDetail d : e.amountDetails()) {
                b.append(amountDetail(d));
            }
            b.append("</AmtDtls>");
        }
        String txs = transactions(e, version);
        b.append(txs.isEmpty() ? "" : version == 1 ? txs : "<NtryDtls>" + txs + "</NtryDtls>");
        return b.append(el("AddtlNtryInf", e.description())).append("</Ntry>").toString();
    }

    private static String status(Entry e) {
        return e.booked() ? "BOOK" : "PDNG";
    }

    private static String code(Entry e) {
        String domain = "";
        if (e.bankTransactionCode() != null) {
            String[] parts = (e.bankTransactionCode() + "//").split("/", -1);
            domain = "<Domn>" + el("Cd", parts[0]) + "<Fmly>" + el("Cd", parts[1]) + el("SubFmlyCd", parts[2]) + "</Fmly></Domn>";
        }
        String proprietary = e.proprietaryCode() == null ? "" : "<Prtry>" + el("Cd", e.proprietaryCode()) + "</Prtry>";
        return domain.isEmpty() && proprietary.isEmpty() ? "" : "<BkTxCd>" + domain + proprietary + "</BkTxCd>";
    }

    private static String amountDetail(Entry.AmountDetail d) {
        String element = switch (d.kind()) {
            case "instructed" -> "InstdAmt";
            case "transaction" -> "TxAmt";
            case "counterValue" -> "CntrValAmt";
            case "announced" -> "AnncdPstngAmt";
            default -> "PrtryAmt";
        };
        String xchg = d.exchangeRate() == null && d.sourceCurrency() == null ? "" : "<CcyXchg>"
                + el("SrcCcy", d.sourceCurrency()) + el("TrgtCcy", d.targetCurrency())
                + el("XchgRate", d.exchangeRate() == null ? null : d.exchangeRate().toPlainString()) + "</CcyXchg>";
        return "<" + element + ">" + amt(d.amount().toPlainString(), d.currency()) + xchg + "</" + element + ">";
    }

    /** One TxDtls for an entry's own party and references, or one per batch transaction. */
    private static String transactions(Entry e, int version) {
        String role = CamtTransactions.partyRole(e.creditDebit(), e.reversal());
        if (!e.details().isEmpty()) {
            StringBuilder b = new StringBuilder();
            for (Entry.EntryDetail d : e.details()) {
                b.append("<TxDtls><Refs>").append(el("AcctSvcrRef", d.reference())).append(el("EndToEndId", d.endToEndId()))
                        .append("</Refs>").append(d.amount() == null ? "" : amt(d.amount().toPlainString(), d.currency()))
                        .append(parties(role, d.counterparty(), d.counterpartyAccount(), version))
                        .append(d.description() == null ? "" : "<RmtInf>" + el("Ustrd", d.description()) + "</RmtInf>")
                        .append("</TxDtls>");
            }
            return b.toString();
        }
        if (e.customerReference() == null && e.endToEndId() == null && e.counterparty() == null
                && e.counterpartyAccount() == null) {
            return "";
        }
        return "<TxDtls><Refs>" + el("InstrId", e.customerReference()) + el("EndToEndId", e.endToEndId()) + "</Refs>"
                + parties(role, e.counterparty(), e.counterpartyAccount(), version) + "</TxDtls>";
    }

    private static String parties(String role, String name, String account, int version) {
        if (name == null && account == null) {
            return "";
        }
        String party = name == null ? "" : version >= 7 ? "<" + role + "><Pty>" + el("Nm", name) + "</Pty></" + role + ">"
                : "<" + role + ">" + el("Nm", name) + "</" + role + ">";
        String acct = account == null ? "" : "<" + role + "Acct><Id><Othr>" + el("Id", account) + "</Othr></Id></" + role + "Acct>";
        return "<RltdPties>" + party + acct + "</RltdPties>";
    }

    private static String amt(String amount, String currency) {
        return "<Amt Ccy=\"" + currency + "\">" + amount + "</Amt>";
    }

    private static String el(String name, String text) {
        return text == null ? "" : "<" + name + ">" + text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                + "</" + name + ">";
    }
}
