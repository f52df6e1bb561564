package bank.ledger.connectors.matching;

import bank.ledger.connectors.read.LedgerItemProjection;

import bank.ledger.domain.entry.api.PostJournalEntry;
import bank.ledger.domain.entry.api.PostingRequest;
import bank.ledger.domain.entry.api.ReverseJournalEntry;
import bank.ledger.domain.entry.api.Side;
import bank.ledger.domain.money.MoneyFormat;
import bank.ledger.domain.refusal.LedgerCalendar;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The journal entries reconciliation posts for a statement line (to suspense, or a tolerated
 * difference) and their reversals: the mapped bank ledger account against another account. Their ids
 * follow from the line and its epoch, so a retry posts nothing twice while a line matched, unmatched and
 * matched again gets new entries; metadata {@code reconciliation} keeps them out of the candidates.
 */
final class LineEntries {
    private LineEntries() {
    }

    static String entryId(String kind, OpenLine line) {
        return "recon-" + kind + "-" + line.statementKey().substring(5, 37) + "-" + line.lineNo() + "-" + line.epoch();
    }

    /** {@code bankSignedMinor} > 0 debits the bank ledger account (money in), < 0 credits it. */
    static PostJournalEntry against(String entryId, String origin, OpenLine line, long bankSignedMinor,
                                    String otherAccount, String description) {
        String amount = MoneyFormat.format(Math.abs(bankSignedMinor), line.currency());
        Side bankSide = bankSignedMinor > 0 ? Side.DEBIT : Side.CREDIT;
        // a bank's booking date outside the ledger's calendar would be refused: the entry then takes today
        LocalDate effectiveDate = line.bookingDate() != null && LedgerCalendar.contains(line.bookingDate())
                ? line.bookingDate() : null;
        return new PostJournalEntry(entryId, effectiveDate, description, false,
                List.of(new PostingRequest(line.ledgerAccountId(), bankSide, amount, line.currency()),
                        new PostingRequest(otherAccount, bankSide.opposite(), amount, line.currency())),
                Map.of(LedgerItemProjection.ORIGIN_KEY, origin, "statementKey", line.statementKey(),
                        "lineNo", String.valueOf(line.lineNo())));
    }

    /**
     * The one way reconciliation takes back an entry it posted: the same command for the same entry
     * whoever sends it (the engine undoing a failed match, the follow-up after an unmatch), so a second
     * sender is answered with the first reversal instead of a conflict.
     */
    static ReverseJournalEntry reversal(String entryId) {
        return new ReverseJournalEntry(entryId, entryId + "-rev", null, "Reversal of reconciliation entry " + entryId,
                Map.of(LedgerItemProjection.ORIGIN_KEY, "reversal"));
    }
}
