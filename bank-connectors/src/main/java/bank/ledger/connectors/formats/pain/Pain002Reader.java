package bank.ledger.connectors.formats.pain;

import bank.ledger.connectors.formats.camt.XmlNode;
import bank.ledger.connectors.formats.camt.XmlTreeReader;
import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import bank.ledger.domain.refusal.TextRules;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a {@code pain.002} (customer payment status report, any version 001.03 to 001.14) by element
 * names with the camt reader's hardened StAX ({@link XmlTreeReader}): a DTD, an external entity, broken
 * XML or a file past the bounds is refused as a whole ({@code statusReportUnreadable}), never half read.
 */
public final class Pain002Reader {
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    static final long MAX_ELEMENTS = 500_000;
    static final int TEXT_MAX = 500;
    private static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:pain.002.";

    private Pain002Reader() {
    }

    public static StatusReport read(byte[] content) {
        if (content.length > MAX_BYTES) {
            throw unreadable("the file is over " + MAX_BYTES + " bytes");
        }
        XmlTreeReader.Tree tree = new XmlTreeReader(MAX_ELEMENTS, 0).read(new ByteArrayInputStream(content));
        if (tree.stop() != null) {
            throw unreadable((tree.stop().doctype() ? "a DTD is not allowed: " : "unreadable XML: ")
                    + "line " + tree.stop().line() + ": " + cut(tree.stop().reason(), 200));
        }
        XmlNode root = tree.root();
        XmlNode report = root == null ? null : root.find("CstmrPmtStsRpt");
        if (report == null || root.namespace() == null || !root.namespace().startsWith(NAMESPACE)) {
            throw unreadable("not a pain.002 customer payment status report (Document/CstmrPmtStsRpt in "
                    + NAMESPACE + "*)");
        }
        XmlNode original = report.find("OrgnlGrpInfAndSts");
        String messageId = text(report, "GrpHdr", "MsgId");
        String originalMessageId = original == null ? null : text(original, "OrgnlMsgId");
        if (messageId == null || originalMessageId == null) {
            throw unreadable("a status report names itself (GrpHdr/MsgId) and the message it reports on (OrgnlMsgId)");
        }
        List<StatusReport.GroupStatus> groups = new ArrayList<>();
        List<StatusReport.TransactionStatus> transactions = new ArrayList<>();
        for (XmlNode information : report.children("OrgnlPmtInfAndSts")) {
            String informationId = text(information, "OrgnlPmtInfId");
            groups.add(new StatusReport.GroupStatus(informationId, status(information, "PmtInfSts"), reason(information)));
            for (XmlNode transaction : information.children("TxInfAndSts")) {
                transactions.add(new StatusReport.TransactionStatus(informationId, text(transaction, "OrgnlInstrId"),
                        text(transaction, "OrgnlEndToEndId"), status(transaction, "TxSts"), reason(transaction)));
            }
        }
        return new StatusReport(messageId, originalMessageId, status(original, "GrpSts"), reason(original), groups,
                transactions);
    }

    /** Versions 03 and 04 wrote the group's status as GrpSts too; every version names it in one element. */
    private static String status(XmlNode node, String element) {
        String status = text(node, element);
        return status == null ? null : status.toUpperCase();
    }

    /** The first StsRsnInf's code (ISO or proprietary) and its first AddtlInf line. */
    private static StatusReport.Reason reason(XmlNode node) {
        XmlNode info = node.find("StsRsnInf");
        if (info == null) {
            return StatusReport.Reason.NONE;
        }
        String code = info.firstText(new String[] {"Rsn", "Cd"}, new String[] {"Rsn", "Prtry"});
        return new StatusReport.Reason(cut(code, 35), text(info, "AddtlInf"));
    }

    private static String text(XmlNode node, String... path) {
        return cut(node.text(path), TEXT_MAX);
    }

    /** Bank text is recorded, not refused: cut to the bound, characters the ledger cannot store replaced. */
    private static String cut(String value, int max) {
        if (value == null) {
            return null;
        }
        String clean = TextRules.clean(value.strip());
        return clean.length() <= max ? clean : clean.substring(0, max);
    }

    private static LedgerRefusal unreadable(String detail) {
        return LedgerRefusal.of(RefusalCode.STATUS_REPORT_UNREADABLE, "file", detail);
    }
}
