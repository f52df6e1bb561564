package bank.ledger.connectors.camt;

import bank.ledger.connectors.statement.ParseLimits;
import bank.ledger.connectors.statement.ParsedFile;
import bank.ledger.connectors.statement.Problems;
import bank.ledger.connectors.statement.Statement;
import bank.ledger.connectors.statement.StatementParseException;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;

/**
 * camt.052 (account report), camt.053 (statement) and camt.054 (debit/credit notification), every
 * version Prowide carries, read by local element names inside the camt namespace. The messages differ
 * between versions only in a few renamed elements, which {@link CamtStatementMapper} tolerates.
 */
public final class CamtParser {
    private final ParseLimits limits;

    public CamtParser(ParseLimits limits) {
        this.limits = limits;
    }

    public ParsedFile parse(String file, byte[] content) throws StatementParseException {
        Problems problems = new Problems(limits.maxErrors());
        XmlNode root;
        try {
            root = new XmlTreeReader().read(new ByteArrayInputStream(content));
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : Math.max(e.getLocation().getLineNumber(), 0);
            problems.add(line, "malformed XML: " + cleanMessage(e));
            throw new StatementParseException(file, problems.errors());
        }
        XmlNode document = findDocument(root);
        if (document == null) {
            problems.add(root.line(), "no camt.052, camt.053 or camt.054 Document (namespace "
                    + CamtVersions.NAMESPACE.pattern() + ") found; root element is " + root.name()
                    + " in namespace \"" + root.namespace() + "\"");
            throw new StatementParseException(file, problems.errors());
        }
        String message = CamtVersions.messageOf(document.namespace());
        if (!CamtVersions.isCarried(message)) {
            problems.add(document.line(), message + " is not a message version this build supports; supported: "
                    + String.join(", ", CamtVersions.carried()));
            throw new StatementParseException(file, problems.errors());
        }
        List<Statement> statements = readStatements(document, message, problems);
        problems.throwIfAny(file);
        return new ParsedFile(file, message, statements);
    }

    private List<Statement> readStatements(XmlNode document, String message, Problems problems) {
        XmlNode body = document.children().stream()
                .filter(c -> c.name().startsWith("BkToCstmr")).findFirst().orElse(null);
        if (body == null) {
            problems.add(document.line(), message + " Document has no BkToCstmr... message element");
            return List.of();
        }
        String itemName = switch (message.substring(0, 8)) {
            case "camt.052" -> "Rpt";
            case "camt.053" -> "Stmt";
            default -> "Ntfctn";
        };
        List<XmlNode> items = body.children(itemName);
        if (items.isEmpty()) {
            problems.add(body.line(), body.name() + " has no " + itemName + " element");
        }
        if (items.size() > limits.maxStatements()) {
            problems.add(items.get(limits.maxStatements()).line(),
                    "more than " + limits.maxStatements() + " statements in one file");
            return List.of();
        }
        CamtStatementMapper mapper = new CamtStatementMapper(message, limits, problems);
        List<Statement> statements = new ArrayList<>();
        for (XmlNode item : items) {
            Statement statement = mapper.map(item);
            if (statement != null) {
                statements.add(statement);
            }
        }
        return statements;
    }

    /** The camt Document: the root itself, or inside an envelope such as a business message with AppHdr. */
    private static XmlNode findDocument(XmlNode root) {
        if (CamtVersions.messageOf(root.namespace()) != null) {
            return root;
        }
        for (XmlNode node : root.descendants("Document")) {
            if (CamtVersions.messageOf(node.namespace()) != null) {
                return node;
            }
        }
        return null;
    }

    private static String cleanMessage(XMLStreamException e) {
        String text = e.getMessage() == null ? "unreadable" : e.getMessage();
        int marker = text.indexOf("Message: ");
        return marker >= 0 ? text.substring(marker + 9).strip() : text.strip();
    }
}
