package bank.ledger.query.representation;

import bank.ledger.domain.entry.api.FxLeg;
import bank.ledger.domain.entry.api.JournalEntryState;
import bank.ledger.domain.entry.api.Posting;
import bank.ledger.domain.money.MoneyFormat;
import bank.ledger.projections.readmodel.JournalEntryRow;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The one representation of a journal entry, answered by the commands (post, hold, post a hold, void,
 * reverse: the entry right after the command) and by the queries ({@code GET /api/v1/journal-entries/{id}},
 * the journal's pages, from the read model). Amounts are decimal strings in each line's currency.
 * {@code fx} (the rates of an entry that spans currencies, as its {@code JournalEntryPosted} recorded them) is left
 * out when empty.
 */
public record JournalEntryResponse(
        String id,
        String status,
        LocalDate effectiveDate,
        String description,
        List<Line> postings,
        List<Line> postedPostings,
        Map<String, String> metadata,
        String reversalOf,
        String reversedBy,
        Instant recordedAt,
        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
        List<FxLeg> fx) {

    public record Line(String accountId, String side, String amount, String currency) {
        static Line of(String accountId, String side, long amountMinor, String currency) {
            return new Line(accountId, side, MoneyFormat.format(amountMinor, currency), currency);
        }
    }

    /** The entry as the write side knows it right after a command. */
    public static JournalEntryResponse of(JournalEntryState state) {
        return new JournalEntryResponse(state.entryId(), state.status().name(), state.effectiveDate(),
                state.description(), postings(state.postings()), postings(state.postedPostings()), state.metadata(),
                state.reversalOf(), state.reversedBy(), state.recordedAt(), state.fx());
    }

    /** The entry as the read model knows it. */
    public static JournalEntryResponse of(JournalEntryRow row) {
        return new JournalEntryResponse(row.entryId(), row.status(), row.effectiveDate(), row.description(),
                lines(row.postings()), lines(row.postedPostings()), row.metadata(), row.reversalOf(),
                row.reversedBy(), row.recordedAt(), row.fx());
    }

    private static List<Line> postings(List<Posting> postings) {
        return postings.stream().map(p -> Line.of(p.accountId(), p.side().name(), p.amountMinor(), p.currency()))
                .toList();
    }

    private static List<Line> lines(List<JournalEntryRow.Line> lines) {
        return lines.stream().map(l -> Line.of(l.accountId(), l.side(), l.amountMinor(), l.currency())).toList();
    }
}
