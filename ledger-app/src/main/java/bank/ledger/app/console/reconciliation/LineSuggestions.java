package bank.ledger.app.console.reconciliation;

import bank.ledger.connectors.matching.Candidates;
import bank.ledger.connectors.matching.LedgerItem;
import bank.ledger.connectors.matching.OpenLine;
import bank.ledger.connectors.matching.ReconciliationStore;
import bank.ledger.connectors.matching.RuleBook;
import bank.ledger.domain.money.MoneyFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The postings a person might match an open line to, each with the rule of the engine's rule book that
 * would propose it and that rule's score: every free posting of the line's account within
 * {@value #WINDOW_DAYS} days of the line, weighed alone against the line (so two equally good postings,
 * which the engine leaves to a person, both show), best first. Bounded: {@value #POOL_MAX} postings
 * weighed, {@value #SHOWN_MAX} shown.
 */
final class LineSuggestions {
    static final int WINDOW_DAYS = 31;
    static final int POOL_MAX = 500;
    static final int SHOWN_MAX = 10;
    private final ReconciliationStore store;
    private final RuleBook rules;

    LineSuggestions(ReconciliationStore store, RuleBook rules) {
        this.store = store;
        this.rules = rules;
    }

    /** One posting and how the rule book sees it; {@code open} is what is still open of it (bank view, signed). */
    record Suggestion(String entryId, int postingIndex, String open, String posting, LocalDate effectiveDate,
                      String description, String rule, int score) {
    }

    List<Suggestion> of(OpenLine line) {
        LocalDate day = line.date() != null ? line.date() : LocalDate.now(ZoneOffset.UTC);
        List<Suggestion> found = new ArrayList<>();
        for (LedgerItem item : store.freeItems(line.ledgerAccountId(), day.minusDays(WINDOW_DAYS),
                day.plusDays(WINDOW_DAYS), POOL_MAX)) {
            Optional<RuleBook.Decision> decision = rules.decide(line, new Candidates(List.of(item)));
            decision.ifPresent(d -> found.add(new Suggestion(item.entryId(), item.postingIndex(),
                    MoneyFormat.format(item.openMinor(), line.currency()),
                    MoneyFormat.format(item.postingMinor(), line.currency()), item.effectiveDate(), item.description(),
                    d.rule(), d.proposal().score())));
        }
        found.sort(Comparator.comparingInt(Suggestion::score).reversed().thenComparing(Suggestion::effectiveDate));
        return found.size() > SHOWN_MAX ? List.copyOf(found.subList(0, SHOWN_MAX)) : found;
    }
}
