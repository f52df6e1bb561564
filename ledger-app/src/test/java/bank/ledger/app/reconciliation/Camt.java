package bank.ledger.app.reconciliation;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds camt.053 (end of day) and camt.052 (intraday) documents for the tests: balances are computed
 * from the lines, so every document passes validation unless a test wants otherwise.
 */
public final class Camt {
    private final String message;
    private final String iban;
    private final String statementId;
    private final String date;
    private final List<String> entries = new ArrayList<>();
    private long balanceCents;
    private long closingOffCents;

    private Camt(String message, String iban, String statementId, String date) {
        this.message = message;
        this.iban = iban;
        this.statementId = statementId;
        this.date = date;
    }

    public static Camt endOfDay(String iban, String statementId, String date) {
        return new Camt("053", iban, statementId, date);
    }

    public static Camt intraday(String iban, String statementId, String date) {
        return new Camt("052", iban, statementId, date);
    }

    /** A booked line: positive cents are credits (money in), negative debits. */
    public Camt line(long cents, String endToEndId, String reference, String text) {
        balanceCents += cents;
        entries.add("<Ntry><Amt Ccy=\"EUR\">" + decimal(Math.abs(cents)) + "</Amt><CdtDbtInd>" + (cents < 0 ? "DBIT" : "CRDT")
                + "</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts><BookgDt><Dt>" + date + "</Dt></BookgDt><ValDt><Dt>" + date
                + "</Dt></ValDt>" + (reference == null ? "" : "<AcctSvcrRef>" + reference + "</AcctSvcrRef>")
                + "<NtryDtls><TxDtls>" + (endToEndId == null ? "" : "<Refs><EndToEndId>" + endToEndId
                + "</EndToEndId></Refs>") + "<RmtInf><Ustrd>" + text + "</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>");
        return this;
    }

    /** A closing balance that does not add up: the bank states {@code cents} more than opening plus lines. */
    public Camt closingOff(long cents) {
        closingOffCents = cents;
        return this;
    }

    public byte[] bytes() {
        String root = message.equals("053") ? "BkToCstmrStmt" : "BkToCstmrAcctRpt";
        String block = message.equals("053") ? "Stmt" : "Rpt";
        String closing = message.equals("053") ? "CLBD" : "ITBD";
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt."
                + message + ".001.08\"><" + root + "><GrpHdr><MsgId>M-" + statementId + "</MsgId><CreDtTm>" + date
                + "T18:00:00Z</CreDtTm></GrpHdr><" + block + "><Id>" + statementId + "</Id><ElctrncSeqNb>1</ElctrncSeqNb>"
                + "<Acct><Id><IBAN>" + iban + "</IBAN></Id><Ccy>EUR</Ccy></Acct>"
                + balance("OPBD", 0) + balance(closing, balanceCents + closingOffCents) + String.join("", entries)
                + "</" + block + "></" + root + "></Document>";
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    private String balance(String type, long cents) {
        return "<Bal><Tp><CdOrPrtry><Cd>" + type + "</Cd></CdOrPrtry></Tp><Amt Ccy=\"EUR\">" + decimal(Math.abs(cents))
                + "</Amt><CdtDbtInd>" + (cents < 0 ? "DBIT" : "CRDT") + "</CdtDbtInd><Dt><Dt>" + date + "</Dt></Dt></Bal>";
    }

    private static String decimal(long cents) {
        return cents / 100 + "." + String.format("%02d", cents % 100);
    }
}
