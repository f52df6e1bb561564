package bank.ledger.connectors.formats.camt;

import bank.ledger.connectors.formats.model.ParseLimits;
import bank.ledger.connectors.formats.model.ParsedFile;
import bank.ledger.connectors.formats.model.Statement;
import bank.ledger.connectors.formats.model.StatementParseException;
import bank.ledger.connectors.formats.model.Warning;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Small camt documents for the behaviour tests: one statement, its balances and entries as XML snippets. */
final class CamtXml {
    static final String NS8 = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.08";
    static final String ACCT = "<Acct><Id><IBAN>DE89370400440532013000</IBAN></Id><Ccy>EUR</Ccy></Acct>";

    private CamtXml() {
    }

    /** A camt.053.001.08 document whose one Stmt holds the given parts, each on its own line from line 5 on. */
    static String stmt(String... parts) {
        return document(NS8, "BkToCstmrStmt", "Stmt", parts);
    }

    static String document(String namespace, String root, String item, String... parts) {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Document")
                .append(namespace == null ? "" : " xmlns=\"" + namespace + "\"").append(">\n<").append(root)
                .append("><GrpHdr><MsgId>M</MsgId><CreDtTm>2024-05-31T20:00:00</CreDtTm></GrpHdr>\n<").append(item)
                .append("><Id>S-1</Id><CreDtTm>2024-05-31T20:00:00+02:00</CreDtTm>\n");
        for (String part : parts) {
            x.append(part).append('\n');
        }
        return x.append("</").append(item).append("></").append(root).append(">\n</Document>\n").toString();
    }

    static String bal(String code, String amount, String cd) {
        return "<Bal><Tp><CdOrPrtry><Cd>" + code + "</Cd></CdOrPrtry></Tp><Amt Ccy=\"EUR\">" + amount
                + "</Amt><CdtDbtInd>" + cd + "</CdtDbtInd><Dt><Dt>2024-05-31</Dt></Dt></Bal>";
    }

    /** A booked entry; {@code more} goes after the status (dates, references, details). */
    static String ntry(String amountXml, String cd, String more) {
        return "<Ntry>" + amountXml + "<CdtDbtInd>" + cd + "</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>" + more + "</Ntry>";
    }

    static String eur(String amount) {
        return "<Amt Ccy=\"EUR\">" + amount + "</Amt>";
    }

    static ParsedFile parse(String xml) throws StatementParseException {
        return parse(xml.getBytes(StandardCharsets.UTF_8));
    }

    static ParsedFile parse(byte[] content) throws StatementParseException {
        return new CamtParser(ParseLimits.defaults()).parse("t.xml", content);
    }

    static Statement only(String xml) throws StatementParseException {
        List<Statement> statements = parse(xml).statements();
        if (statements.size() != 1) {
            throw new AssertionError("expected one statement, got " + statements.size());
        }
        return statements.get(0);
    }

    static List<String> codes(List<Warning> warnings) {
        return warnings.stream().map(Warning::code).toList();
    }
}
