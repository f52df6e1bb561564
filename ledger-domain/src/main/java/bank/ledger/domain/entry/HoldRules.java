package bank.ledger.domain.entry;

import bank.ledger.domain.entry.api.Posting;
import bank.ledger.domain.entry.api.PostingRequest;
import bank.ledger.domain.entry.api.Side;
import bank.ledger.domain.money.Currencies;
import bank.ledger.domain.refusal.Fields;
import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How much of a hold becomes posted: all of it, or the amounts a partial post names. */
final class HoldRules {
    private HoldRules() {
    }

    /** One (account, side) line of a hold, with everything held on it. */
    private record Line(String accountId, Side side) {
    }

    static List<Posting> postedPart(List<Posting> held, List<PostingRequest> requested) {
        if (requested.isEmpty()) {
            return held;
        }
        Map<Line, Posting> heldByLine = new LinkedHashMap<>();
        for (Posting posting : held) {
            heldByLine.merge(new Line(posting.accountId(), posting.side()), posting, (a, b) ->
                    new Posting(a.accountId(), a.side(), Math.addExact(a.amountMinor(), b.amountMinor()), a.currency()));
        }
        Map<Line, Long> postedByLine = new LinkedHashMap<>();
        for (int i = 0; i < requested.size(); i++) {
            String field = "postings[" + i + "]";
            PostingRequest request = requested.get(i);
            EntryRules.validateLine(request, field);
            Line line = new Line(request.accountId(), request.side());
            Posting heldLine = heldByLine.get(line);
            if (heldLine == null) {
                throw LedgerRefusal.of(RefusalCode.POSTING_NOT_IN_ENTRY, field,
                        "the hold has no " + request.side() + " on account " + request.accountId());
            }
            if (request.currency() != null && !request.currency().equals(heldLine.currency())) {
                throw LedgerRefusal.of(RefusalCode.CURRENCY_MISMATCH, field + ".currency",
                        "the hold on account " + request.accountId() + " is in " + heldLine.currency());
            }
            long amount = bank.ledger.domain.money.DecimalAmount.parse(request.amount(), field + ".amount")
                    .toMinor(Currencies.exponent(heldLine.currency()), field + ".amount");
            if (postedByLine.putIfAbsent(line, amount) != null) {
                throw Fields.invalid(field, "each account and side of the hold is named once");
            }
            if (amount > heldLine.amountMinor()) {
                throw LedgerRefusal.of(RefusalCode.EXCEEDS_PENDING_AMOUNT, field + ".amount",
                        "at most " + heldLine.amountMinor() + " minor units are held on this line");
            }
        }
        List<Posting> posted = new ArrayList<>();
        postedByLine.forEach((line, amount) ->
                posted.add(new Posting(line.accountId(), line.side(), amount, heldByLine.get(line).currency())));
        EntryRules.requireBalanced(posted);
        return posted;
    }
}
