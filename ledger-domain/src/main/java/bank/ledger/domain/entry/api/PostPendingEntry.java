package bank.ledger.domain.entry.api;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Posts a pending entry, in whole ({@code postings} empty) or in part: then each line names an
 * account and side of the hold and an amount up to the held one. What is not posted is released:
 * a hold is posted once (TigerBeetle's rule). {@code effectiveDate} null keeps the hold's date.
 */
public record PostPendingEntry(
        @TargetAggregateIdentifier String entryId,
        List<PostingRequest> postings,
        LocalDate effectiveDate) {
    public PostPendingEntry {
        postings = postings == null ? List.of() : List.copyOf(postings);
    }
}
