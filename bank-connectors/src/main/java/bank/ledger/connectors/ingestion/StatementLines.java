package bank.ledger.connectors.ingestion;

import bank.ledger.connectors.formats.model.CreditDebit;
import bank.ledger.connectors.formats.model.Entry;
import bank.ledger.connectors.formats.model.Statement;
import bank.ledger.connectors.formats.model.Warning;
import bank.ledger.domain.refusal.TextRules;
import bank.ledger.domain.statement.api.StatementHeader;
import bank.ledger.domain.statement.api.StatementLine;
import bank.ledger.domain.statement.api.StatementWarning;
import java.util.ArrayList;
import java.util.List;

/**
 * From the parsers' normalized model to the domain's statement records. A bank's text is recorded, never
 * refused: characters the ledger does not store (U+0000, control characters, unpaired surrogates) are
 * replaced ({@link TextRules#clean}), then the text is cut to its column size without splitting a pair.
 */
public final class StatementLines {
    static final int LINE_WARNINGS_MAX = 20;
    private StatementLines() {
    }

    static StatementHeader header(Statement statement, StatementFindings findings, String ledgerAccountId,
                                  String channel) {
        return new StatementHeader(TextRules.clean(statement.account().id()), statement.currency(),
                StatementKeys.messageType(statement.format()), statement.format(), cut(statement.statementId(), 128),
                statement.sequence(), statement.page(),
                statement.openingBalance() == null ? null : statement.openingBalance().signedMinor(),
                statement.closingBalance() == null ? null : statement.closingBalance().signedMinor(),
                StatementKeys.closingDate(statement), statement.entries().size(), ledgerAccountId, channel,
                findings.warnings(), findings.differenceMinor());
    }

    /** Lines {@code from} (0-based) up to {@code to}, numbered from 1 in file order. */
    static List<StatementLine> lines(Statement statement, int from, int to) {
        List<StatementLine> lines = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            Entry e = statement.entries().get(i);
            lines.add(new StatementLine(i + 1, e.signedMinor(), e.bookingDate(), e.valueDate(), cut(e.reference(), 128),
                    cut(e.customerReference(), 128), cut(e.endToEndId(), 128), cut(e.counterparty(), 200),
                    cut(e.counterpartyAccount(), 64), cut(e.description(), 1000), e.booked(), cut(exactAmount(e), 64),
                    cut(e.currency(), 16), recorded(e.warnings()), LineReview.reason(e, statement.currency())));
        }
        return lines;
    }

    /** The amount as the file shows it, signed like the line, when the minor units are not all of it. */
    private static String exactAmount(Entry e) {
        if (e.amount() == null) {
            return null;
        }
        String exact = e.amount().toPlainString();
        return e.creditDebit() == CreditDebit.DBIT && e.amount().signum() != 0 ? "-" + exact : exact;
    }

    /** At most {@value #LINE_WARNINGS_MAX} per line: a line is one of a thousand in one event. */
    private static List<StatementWarning> recorded(List<Warning> warnings) {
        List<StatementWarning> all = StatementFindings.recorded(warnings);
        return all.size() > LINE_WARNINGS_MAX ? all.subList(0, LINE_WARNINGS_MAX) : all;
    }

    public static String cut(String text, int length) {
        String cleaned = TextRules.clean(text);
        if (cleaned == null || cleaned.length() <= length) {
            return cleaned;
        }
        int end = Character.isHighSurrogate(cleaned.charAt(length - 1)) ? length - 1 : length;
        return cleaned.substring(0, end);
    }
}
