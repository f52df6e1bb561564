package bank.ledger.command.entry;

import bank.ledger.domain.entry.api.JournalEntryState;
import bank.ledger.domain.entry.api.Posting;
import bank.ledger.domain.money.MoneyFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A journal entry as the write side answers it; amounts are decimal strings in each line's currency. */
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
        Instant recordedAt) {

    public record Line(String accountId, String side, String amount, String currency) {
        static List<Line> of(List<Posting> postings) {
            return postings.stream().map(p -> new Line(p.accountId(), p.side().name(),
                    MoneyFormat.format(p.amountMinor(), p.currency()), p.currency())).toList();
        }
    }

    public static JournalEntryResponse of(JournalEntryState state) {
        return new JournalEntryResponse(state.entryId(), state.status().name(), state.effectiveDate(),
                state.description(), Line.of(state.postings()), Line.of(state.postedPostings()), state.metadata(),
                state.reversalOf(), state.reversedBy(), state.recordedAt());
    }
}
