package bank.ledger.connectors.formats.roundtrip;

import bank.ledger.connectors.formats.model.Balance;
import bank.ledger.connectors.formats.model.CreditDebit;
import bank.ledger.connectors.formats.model.Entry;
import bank.ledger.connectors.formats.model.Statement;
import bank.ledger.domain.money.MoneyFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Prints the model back into MT940, camt.053 and CSV, the "print" of the parse-print-parse properties. */
final class StatementWriters {
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");
    private static final DateTimeFormatter MMDD = DateTimeFormatter.ofPattern("MMdd");

    private StatementWriters() {
    }

    static String mt940(Statement s) {
        StringBuilder b = new StringBuilder();
        b.append(":20:").append(s.statementId()).append("\n:25:").append(s.account().id())
                .append("\n:28C:").append(s.sequence()).append("\n:60F:").append(mtBalance(s.openingBalance(), s.currency()));
        for (Entry e : s.entries()) {
            String mark = (e.reversal() ? "R" : "") + (e.creditDebit() == CreditDebit.CRDT ^ e.reversal() ? "C" : "D");
            b.append("\n:61:").append(YYMMDD.format(e.valueDate())).append(MMDD.format(e.bookingDate())).append(mark)
                    .append(mtAmount(e.amountMinor(), s.currency())).append("NTRF")
                    .append(e.customerReference() == null ? "NONREF" : e.customerReference())
                    .append(e.reference() == null ? "" : "//" + e.reference());
            if (e.description() != null) {
                b.append("\n:86:");
                String d = e.description();
                for (int i = 0; i < d.length(); i += 65) {
                    b.append(i == 0 ? "" : "\n").append(d, i, Math.min(d.length(), i + 65));
                }
            }
        }
        return b.append("\n:62F:").append(mtBalance(s.closingBalance(), s.currency())).append("\n-").toString();
    }

    private static String mtBalance(Balance balance, String currency) {
        return (balance.creditDebit() == CreditDebit.CRDT ? "C" : "D") + YYMMDD.format(balance.date()) + currency
                + mtAmount(balance.amountMinor(), currency);
    }

    private static String mtAmount(long minor, String currency) {
        String decimal = MoneyFormat.format(minor, currency);
        return decimal.contains(".") ? decimal.replace('.', ',') : decimal + ",";
    }

    static String camt053(Statement s, int version) {
        String v = String.format("%02d", version);
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Document xmlns=\"")
                .append("urn:iso:std:iso:20022:tech:xsd:camt.053.001.").append(v).append("\"><BkToCstmrStmt")
                .append(version == 1 ? "V01" : "").append("><GrpHdr><MsgId>M</MsgId><CreDtTm>2024-01-01T00:00:00")
                .append("</CreDtTm></GrpHdr>\n<Stmt><Id>").append(xml(s.statementId())).append("</Id><ElctrncSeqNb>")
                .append(s.sequence()).append("</ElctrncSeqNb><Acct><Id><IBAN>").append(s.account().iban())
                .append("</IBAN></Id><Ccy>").append(s.currency()).append("</Ccy></Acct>\n")
                .append(camtBalance("OPBD", s.openingBalance(), s.currency(), version))
                .append(camtBalance("CLBD", s.closingBalance(), s.currency(), version));
        for (Entry e : s.entries()) {
            b.append(camtEntry(e, s.currency(), version));
        }
        return b.append("</Stmt></BkToCstmrStmt").append(version == 1 ? "V01" : "").append("></Document>\n").toString();
    }

    private static String camtBalance(String code, Balance balance, String currency, int version) {
        String type = version == 1 ? "<Cd>" + code + "</Cd>" : "<CdOrPrtry><Cd>" + code + "</Cd></CdOrPrtry>";
        return "<Bal><Tp>" + type + "</Tp><Amt Ccy=\"" + currency + "\">" + MoneyFormat.format(balance.amountMinor(),
                currency) + "</Amt><CdtDbtInd>" + balance.creditDebit() + "</CdtDbtInd><Dt><Dt>" + balance.date()
                + "</Dt></Dt></Bal>\n";
    }

    private static String camtEntry(Entry e, String currency, int version) {
        CreditDebit original = e.reversal() ? e.creditDebit().opposite() : e.creditDebit();
        String role = original == CreditDebit.CRDT ? "Dbtr" : "Cdtr";
        String name = e.counterparty() == null ? "" : "<RltdPties><" + role + ">" + (version >= 7 ? "<Pty><Nm>" : "<Nm>")
                + xml(e.counterparty()) + (version >= 7 ? "</Nm></Pty>" : "</Nm>") + "</" + role + "></RltdPties>";
        String tx = "<TxDtls><Refs><EndToEndId>" + (e.endToEndId() == null ? "NOTPROVIDED" : xml(e.endToEndId()))
                + "</EndToEndId></Refs>" + name + (e.description() == null ? "" : "<RmtInf><Ustrd>"
                + xml(e.description()) + "</Ustrd></RmtInf>") + "</TxDtls>";
        return "<Ntry><Amt Ccy=\"" + currency + "\">" + MoneyFormat.format(e.amountMinor(), currency) + "</Amt><CdtDbtInd>"
                + e.creditDebit() + "</CdtDbtInd>" + (e.reversal() ? "<RvslInd>true</RvslInd>" : "")
                + (version >= 7 ? "<Sts><Cd>BOOK</Cd></Sts>" : "<Sts>BOOK</Sts>") + "<BookgDt><Dt>" + e.bookingDate()
                + "</Dt></BookgDt><ValDt><Dt>" + e.valueDate() + "</Dt></ValDt>"
                + (e.reference() == null ? "" : "<AcctSvcrRef>" + xml(e.reference()) + "</AcctSvcrRef>")
                + (version == 1 ? tx : "<NtryDtls>" + tx + "</NtryDtls>") + "</Ntry>\n";
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** The de-bank profile: semicolons, dd.MM.yyyy, decimal comma with dot grouping, signed amounts. */
    static String deBankCsv(Statement s) {
        StringBuilder b = new StringBuilder("Buchungstag;Valutadatum;Verwendungszweck;Betrag;Waehrung\n");
        for (Entry e : s.entries()) {
            b.append(de(e.bookingDate())).append(';').append(de(e.valueDate())).append(";\"")
                    .append(e.description() == null ? "" : e.description().replace("\"", "\"\"")).append("\";")
                    .append(germanAmount(e.signedMinor(), s.currency())).append(';').append(s.currency()).append('\n');
        }
        return b.toString();
    }

    private static String de(LocalDate date) {
        return DateTimeFormatter.ofPattern("dd.MM.yyyy").format(date);
    }

    /** "-1.234.567,89": grouping dots every three digits, decimal comma. */
    static String germanAmount(long signedMinor, String currency) {
        return CsvWriters.grouped(signedMinor, currency, '.', ',');
    }
}
