package bank.ledger.connectors.formats.camt;

import bank.ledger.connectors.formats.model.Amounts;
import bank.ledger.connectors.formats.model.ParseError;
import bank.ledger.connectors.formats.model.ParseLimits;
import bank.ledger.connectors.formats.model.ParsedFile;
import bank.ledger.connectors.formats.model.Statement;
import bank.ledger.connectors.formats.model.StatementParseException;
import bank.ledger.connectors.formats.model.Warning;
import bank.ledger.connectors.formats.model.WarningCodes;
import java.util.ArrayList;
import java.util.List;

/**
 * camt.052 (account report), camt.053 (statement) and camt.054 (debit/credit notification) of any version,
 * read by local element names, so a prefix, a missing or bank-made namespace or a version newer than any
 * published is read all the same (and flagged). A file may hold one Document, or several in an envelope
 * (a business application header AppHdr beside it). The file is refused only when it yields no statement.
 */
public final class CamtParser {
    private final ParseLimits limits;

    public CamtParser(ParseLimits limits) {
        this.limits = limits;
    }

    public ParsedFile parse(String file, byte[] content) throws StatementParseException {
        List<Warning> warnings = new ArrayList<>();
        List<XmlTreeReader.Tree> trees = CamtInput.read(content, Math.max(10_000, limits.maxFileBytes() / 20), warnings);
        for (XmlTreeReader.Tree tree : trees) {
            if (tree.stop() != null && tree.stop().doctype()) {
                // refused outright: bank files have no DTD, and it is how XXE and entity bombs come in
                throw refuse(file, tree.stop().line(), "malformed XML: " + tree.stop().reason());
            }
        }
        if (trees.stream().allMatch(t -> t.root() == null)) {
            XmlTreeReader.Stop stop = trees.get(0).stop();
            throw refuse(file, stop.line(), "malformed XML: " + stop.reason());
        }
        List<CamtMessages.Message> messages = new ArrayList<>();
        for (XmlTreeReader.Tree tree : trees) {
            for (Integer line : tree.textCutLines()) {
                warnings.add(new Warning(WarningCodes.TEXT_CUT, line, "text longer than " + XmlTreeReader.MAX_TEXT
                        + " characters; the rest is cut"));
            }
            if (tree.stop() != null) {
                warnings.add(stopped(tree));
            }
            if (tree.root() != null) {
                messages.addAll(CamtMessages.find(tree.root(), warnings));
            }
        }
        List<Statement> statements = new ArrayList<>();
        for (CamtMessages.Message message : messages) {
            for (XmlNode item : message.items()) {
                if (statements.size() == limits.maxStatements()) {
                    warnings.add(new Warning(WarningCodes.LIMIT_REACHED, item.line(), "more than "
                            + limits.maxStatements() + " statements; the statements from this line on are not read"));
                    break;
                }
                Statement statement = CamtStatementMapper.map(item, message.format(), message.date(), limits, warnings);
                if (statement != null) {
                    statements.add(statement);
                }
            }
        }
        if (statements.isEmpty()) {
            XmlNode root = trees.stream().map(XmlTreeReader.Tree::root).filter(r -> r != null).findFirst().orElseThrow();
            throw noStatement(file, root, messages, warnings);
        }
        return new ParsedFile(file, statements.get(0).format(), statements, warnings);
    }

    private static StatementParseException noStatement(String file, XmlNode root, List<CamtMessages.Message> messages,
                                                       List<Warning> warnings) {
        List<ParseError> errors = new ArrayList<>();
        if (messages.isEmpty()) {
            errors.add(new ParseError(root.line(), "no camt.052, camt.053 or camt.054 message (BkToCstmr...) found;"
                    + " the root element is " + root.name() + " in namespace " + Amounts.quote(root.namespace())));
        }
        for (Warning w : warnings) {
            if (!messages.isEmpty() || !w.code().equals(WarningCodes.OTHER_MESSAGE_SKIPPED)) {
                errors.add(new ParseError(w.line(), w.message())); // without camt, the first error names the message
            }
        }
        if (errors.isEmpty()) {
            errors.add(new ParseError(root.line(), "the camt message holds no statement"));
        }
        return new StatementParseException(file, errors);
    }

    /** Text after a complete document (an end-of-file mark, NUL padding) is no break; a bound is no broken XML. */
    private static Warning stopped(XmlTreeReader.Tree tree) {
        XmlTreeReader.Stop stop = tree.stop();
        if (stop.kind() == XmlTreeReader.Kind.LIMIT) {
            return new Warning(WarningCodes.LIMIT_REACHED, stop.line(), "reading stopped here: " + stop.reason()
                    + "; what came before is read");
        }
        if (tree.root() != null && tree.root().closed()) {
            return new Warning(WarningCodes.TEXT_OUTSIDE_XML, stop.line(), "text after the XML document skipped ("
                    + stop.reason() + ")");
        }
        return new Warning(WarningCodes.MALFORMED_XML, stop.line(), "reading stopped here: " + stop.reason()
                + "; what came before is read");
    }

    private static StatementParseException refuse(String file, int line, String message) {
        return new StatementParseException(file, List.of(new ParseError(line, message)));
    }
}
