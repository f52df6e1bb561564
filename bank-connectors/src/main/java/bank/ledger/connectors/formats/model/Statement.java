package bank.ledger.connectors.formats.model;

import java.util.List;

/**
 * One statement, report or notification for one account, whatever format it came in.
 *
 * @param format   the message type and version, e.g. "camt.053.001.08", "MT940", "csv:generic"
 * @param sequence statement number (camt ElctrncSeqNb, else LglSeqNb; MT ":28C:" number), or null
 * @param page     page within the statement number (MT ":28C:" sequence), or null
 * @param openingBalance null when the message has none (camt.054, MT942, most CSV)
 * @param totals   stated entry totals, or null
 * @param line     the 1-based line of the file where the statement starts (0 when unknown)
 * @param warnings what was odd about the statement as a whole; an entry's own are on the entry
 */
public record Statement(
        String format,
        Account account,
        String currency,
        String statementId,
        Long sequence,
        Integer page,
        Balance openingBalance,
        Balance closingBalance,
        Totals totals,
        List<Entry> entries,
        int line,
        List<Warning> warnings) {

    public Statement {
        entries = List.copyOf(entries);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** A statement read without any oddity, at an unknown line. */
    public Statement(String format, Account account, String currency, String statementId, Long sequence, Integer page,
                     Balance openingBalance, Balance closingBalance, Totals totals, List<Entry> entries) {
        this(format, account, currency, statementId, sequence, page, openingBalance, closingBalance, totals, entries,
                0, List.of());
    }

    /** The same statement with more warnings after its own. */
    public Statement withWarnings(List<Warning> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<Warning> all = new java.util.ArrayList<>(warnings);
        all.addAll(more);
        return new Statement(format, account, currency, statementId, sequence, page, openingBalance, closingBalance,
                totals, entries, line, all);
    }
}
