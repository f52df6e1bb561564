package bank.ledger.connectors.statement;

import java.util.List;

/**
 * One statement, report or notification for one account, whatever format it came in.
 *
 * @param format   the message type and version, e.g. "camt.053.001.08", "MT940", "csv:generic"
 * @param sequence statement number (camt ElctrncSeqNb, else LglSeqNb; MT ":28C:" number), or null
 * @param page     page within the statement number (MT ":28C:" sequence), or null
 * @param openingBalance null when the message has none (camt.054, MT942, most CSV)
 * @param totals   stated entry totals, or null
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
        List<Entry> entries) {

    public Statement {
        entries = List.copyOf(entries);
    }
}
