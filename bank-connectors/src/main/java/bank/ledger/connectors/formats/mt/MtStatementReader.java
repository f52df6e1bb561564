package bank.ledger.connectors.formats.mt;

import bank.ledger.connectors.formats.model.Amounts;
import bank.ledger.connectors.formats.model.ParseError;
import bank.ledger.connectors.formats.model.ParseLimits;
import bank.ledger.connectors.formats.model.Statement;
import bank.ledger.connectors.formats.model.StatementParseException;
import bank.ledger.connectors.formats.model.WarningCodes;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One tokenized MT940, MT942 (or MT950) message to a {@link Statement}, field by field in message order. The
 * order rules of the standard are kept loose because banks bend them; every field is either read, or
 * quoted in a warning with its line. A message gives no statement only when no currency is stated anywhere
 * (its amounts would mean nothing) or it is another message type.
 */
final class MtStatementReader {
    private static final Set<String> STATEMENT_TYPES = Set.of("940", "942", "950");
    /** Fields after which an ":86:" is about the statement, not about the entry before them. */
    private static final Set<String> ENDS_ENTRY = Set.of("20", "21", "25", "25P", "28C", "28", "60F", "60M", "62F",
            "62M", "64", "65", "34F", "13D", "13", "90D", "90C");

    private final String file;
    private final ParseLimits limits;

    MtStatementReader(String file, ParseLimits limits) {
        this.file = file;
        this.limits = limits;
    }

    /** The statement, or null with the reason added to {@code reasons}. */
    Statement read(MtMessage message, List<ParseError> reasons) throws StatementParseException {
        MtHeader.Info header = MtHeader.read(message.header());
        if (header.type() != null && !STATEMENT_TYPES.contains(header.type())) {
            reasons.add(new ParseError(message.line(), "MT" + header.type() + " is not a statement (MT940, MT942)"));
            return null;
        }
        MtStatementDraft s = new MtStatementDraft(format(header, message), limits.maxErrors());
        if (!s.currencyFrom(message.fields())) {
            reasons.add(new ParseError(message.line(), "message " + Amounts.quote(id(message)) + " states no currency"
                    + " (no balance, floor limit or total can be read)"));
            return null;
        }
        for (MtField field : message.fields()) {
            accept(field, s, header.senderBic());
        }
        requireFields(message, s);
        return s.build(message.line());
    }

    private static String format(MtHeader.Info header, MtMessage message) {
        if (header.type() != null) {
            return "MT" + header.type();
        }
        boolean balances = message.fields().stream().anyMatch(f -> f.tag().startsWith("60") || f.tag().startsWith("62"));
        boolean interim = message.fields().stream().anyMatch(f -> Set.of("34F", "13D", "90D", "90C").contains(f.tag()));
        return interim && !balances ? "MT942" : "MT940";
    }

    private static String id(MtMessage message) {
        return message.fields().stream().filter(f -> f.tag().equals("20")).map(MtField::first).findFirst().orElse(null);
    }

    private void accept(MtField field, MtStatementDraft s, String headerBic) throws StatementParseException {
        if (ENDS_ENTRY.contains(field.tag())) {
            s.endEntry();
        }
        switch (field.tag()) {
            case "20" -> s.once(field, () -> s.id = field.first().isEmpty() ? null : field.first());
            case "21" -> {
                // the related reference has no place in the model and is no oddity
            }
            case "25", "25P" -> s.once(field, () -> s.account = MtAccount.parse(field.first(), headerBic));
            case "28C", "28" -> s.once(field, () -> s.sequence(field));
            case "60F", "60M" -> s.once(field, () -> s.opening = s.balance(field));
            case "62F", "62M" -> s.once(field, () -> s.closing = s.balance(field));
            case "64", "65" -> s.flag(WarningCodes.AVAILABLE_BALANCE, field, (field.tag().equals("64")
                    ? "closing available" : "forward available") + " balance not kept");
            case "34F" -> s.floorLimit(field);
            case "13D", "13" -> s.dateTime(field);
            case "90D", "90C" -> s.total(field);
            case "61" -> statementLine(field, s);
            case "86" -> s.information(field);
            default -> s.unknown(field);
        }
    }

    private void statementLine(MtField field, MtStatementDraft s) throws StatementParseException {
        if (s.entryCount() >= limits.maxEntriesPerStatement()) {
            throw new StatementParseException(file, List.of(new ParseError(field.line(), "more than "
                    + limits.maxEntriesPerStatement() + " entries in statement " + s.id)));
        }
        s.line(field);
    }

    /** Fields the message type requires and the message lacks: flagged, the statement is read without them. */
    private static void requireFields(MtMessage message, MtStatementDraft s) {
        Set<String> tags = new HashSet<>();
        message.fields().forEach(f -> tags.add(f.tag().substring(0, 2)));
        List<String> required = s.format.equals("MT942") ? List.of("20", "25", "28C", "34F")
                : List.of("20", "25", "28C", "60F", "62F");
        for (String tag : required) {
            if (!tags.contains(tag.substring(0, 2))) {
                boolean balance = tag.startsWith("6");
                s.flags.add(WarningCodes.MISSING_FIELD, message.line(), s.format + " message "
                        + (s.id == null ? "" : s.id + " ") + "lacks :" + tag + ":"
                        + (balance ? "; the statement is unproven" : ""));
            }
        }
    }
}
