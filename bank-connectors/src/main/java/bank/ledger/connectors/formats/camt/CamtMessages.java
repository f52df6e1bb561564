package bank.ledger.connectors.formats.camt;

import bank.ledger.connectors.formats.model.Amounts;
import bank.ledger.connectors.formats.model.Warning;
import bank.ledger.connectors.formats.model.WarningCodes;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * The camt messages in a file: every BkToCstmr... element, wherever it sits (the document element, a
 * Document in an envelope beside an AppHdr, several Documents in one wrapper). Their type comes from the
 * element's name, their version from its namespace; other ISO 20022 messages are noted and left.
 */
final class CamtMessages {
    private static final Set<String> ITEMS = Set.of("Stmt", "Rpt", "Ntfctn");

    /** One message: "camt.053.001.08" (or "camt.053" without a version), its creation date, its statements. */
    record Message(String format, LocalDate date, List<XmlNode> items) {
    }

    private CamtMessages() {
    }

    static List<Message> find(XmlNode root, List<Warning> warnings) {
        List<Message> messages = new ArrayList<>();
        List<XmlNode> others = new ArrayList<>();
        Deque<XmlNode> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            XmlNode node = todo.pop();
            String type = CamtVersions.typeOf(node.name());
            if (type != null) {
                messages.add(message(node, type, warnings));
                continue;
            }
            if (node.name().equals("Document") && !node.children().isEmpty()
                    && CamtVersions.typeOf(node.children().get(0).name()) == null
                    && node.children().stream().allMatch(c -> CamtVersions.typeOf(c.name()) == null)) {
                others.add(node);
                continue;
            }
            for (int i = node.children().size() - 1; i >= 0; i--) {
                todo.push(node.children().get(i));
            }
        }
        for (XmlNode other : others) {
            warnings.add(new Warning(WarningCodes.OTHER_MESSAGE_SKIPPED, other.line(), "a Document that is no camt"
                    + " statement (namespace " + Amounts.quote(other.namespace()) + ", message element "
                    + other.children().get(0).name() + ") is not read"));
        }
        return messages;
    }

    private static Message message(XmlNode node, String type, List<Warning> warnings) {
        String namespace = node.namespace();
        int version = CamtVersions.versionIn(namespace, type);
        if (!CamtVersions.isIsoNamespace(namespace, type)) {
            warnings.add(new Warning(WarningCodes.UNKNOWN_NAMESPACE, node.line(), node.name() + " is in "
                    + (namespace.isEmpty() ? "no namespace" : "namespace " + Amounts.quote(namespace))
                    + ", not ISO 20022's " + type + "; read by element names as " + type
                    + (version > 0 ? " version " + version : " of unknown version")));
        }
        if (version > CamtVersions.LATEST_KNOWN) {
            warnings.add(new Warning(WarningCodes.UNKNOWN_VERSION, node.line(), type + ".001." + version
                    + " is newer than the latest version this reader knows (" + CamtVersions.LATEST_KNOWN
                    + "); read by element names"));
        }
        String format = version > 0 ? String.format("%s.001.%02d", type, version) : type;
        LocalDate date = CamtValues.quietDate(node.text("GrpHdr", "CreDtTm"));
        List<XmlNode> items = node.children().stream().filter(c -> ITEMS.contains(c.name())).toList();
        return new Message(format, date, items);
    }
}
