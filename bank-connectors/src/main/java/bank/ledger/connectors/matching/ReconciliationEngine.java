package bank.ledger.connectors.matching;

import bank.ledger.connectors.ingestion.BankAccountMappings;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the rule book over the open lines of every mapped account with something new (lines, postings,
 * released claims) since its last pass, in bounded pages of lines with their candidate postings. Open lines stay candidates
 * on every later pass, so a posting entered days after the bank line still finds it.
 */
public class ReconciliationEngine {
    private static final Logger log = LoggerFactory.getLogger(ReconciliationEngine.class);
    private static final int MATCHES_PER_COMMAND = 500;
    private static final int ITEM_RANGE_DAYS = 366;
    private final ReconciliationStore store;
    private final MatchRecorder recorder;
    private final RuleBook rules;
    private final BankAccountMappings mappings;
    private final int linesPerPass;
    private final PaymentSettlement payments;
    private final LedgerItemsBarrier ledgerItems;
    private final Map<String, String> seen = new ConcurrentHashMap<>();

    /**
     * {@code payments}: the step before the rules that settles payments out by their statement line (null: none);
     * {@code ledgerItems}: what a pass waits for before it decides ({@link LedgerItemsBarrier}).
     */
    public ReconciliationEngine(ReconciliationStore store, MatchRecorder recorder, RuleBook rules,
                                BankAccountMappings mappings, int linesPerPass, PaymentSettlement payments,
                                LedgerItemsBarrier ledgerItems) {
        this.payments = payments;
        this.store = store;
        this.recorder = recorder;
        this.rules = rules;
        this.mappings = mappings;
        this.linesPerPass = linesPerPass;
        this.ledgerItems = ledgerItems;
    }

    /**
     * Every {@code ledger.reconciliation.interval-ms} ({@link MatchingConfiguration}). When some account has
     * something new, the pass first waits for the ledger items to hold every event recorded so far (among them
     * the postings recorded before its lines were imported), and reads the accounts again once they do. Still
     * behind after the wait: it throws before deciding anything; the lines stay open and the next round retries.
     */
    public void pass() {
        if (store.accountsWithOpenLines().stream().noneMatch(this::changed)) {
            return;
        }
        ledgerItems.awaitRecordedEvents("statement matching");
        for (ReconciliationStore.AccountState account : store.accountsWithOpenLines()) {
            if (!changed(account)) {
                continue;
            }
            try {
                reconcile(account.ledgerAccountId());
                seen.put(account.ledgerAccountId(), account.fingerprint());
            } catch (RuntimeException failure) {
                log.warn("reconciliation pass for account {} failed; the next pass retries", account.ledgerAccountId(),
                        failure);
            }
        }
    }

    private boolean changed(ReconciliationStore.AccountState account) {
        return !account.fingerprint().equals(seen.get(account.ledgerAccountId()));
    }

    /**
     * Every open line of the account, a bounded page at a time, on the ledger items as they are now ({@link #pass}
     * waits for them first); answers how many lines were matched.
     */
    public int reconcile(String ledgerAccountId) {
        int matched = 0;
        List<OpenLine> page = store.openLines(ledgerAccountId, null, linesPerPass);
        while (!page.isEmpty()) {
            matched += reconcilePage(ledgerAccountId, page);
            page = page.size() < linesPerPass ? List.of()
                    : store.openLines(ledgerAccountId, page.get(page.size() - 1), linesPerPass);
        }
        return matched;
    }

    private int reconcilePage(String ledgerAccountId, List<OpenLine> lines) {
        Candidates free = new Candidates(freeItems(ledgerAccountId, lines), withInstalments(ledgerAccountId, lines));
        String differenceAccount = mappings.findByLedgerAccount(ledgerAccountId)
                .map(BankAccountMappings.Mapping::differenceAccountId).orElse(null);
        Map<String, List<EngineMatch>> byStatement = new LinkedHashMap<>();
        PaymentSettlement.PaymentLines paymentLines = payments == null ? new PaymentSettlement.PaymentLines()
                : payments.settle(ledgerAccountId, lines);
        for (OpenLine line : lines) {
            if (!free.isUndecided(line)) {
                continue; // decided together with an earlier line (instalments of one posting)
            }
            Optional<RuleBook.Decision> decision = paymentLines.owns(line)
                    ? paymentLines.propose(line, free).map(p -> new RuleBook.Decision(PaymentSettlement.RULE, p))
                    : rules.decide(line, free);
            if (decision.isEmpty()) {
                continue;
            }
            List<EngineMatch> matches = decision.get().proposal().allocations().stream()
                    .map(a -> EngineMatch.of(a, decision.get().rule(), decision.get().proposal().score(), differenceAccount))
                    .toList();
            if (matches.stream().anyMatch(m -> m.differenceMinor() != 0 && m.differenceAccountId() == null)) {
                continue; // a tolerated difference needs an account to go to: left open for a person
            }
            free.take(decision.get().proposal());
            matches.forEach(m -> byStatement.computeIfAbsent(m.line().statementKey(), k -> new ArrayList<>()).add(m));
        }
        int matched = 0;
        for (Map.Entry<String, List<EngineMatch>> statement : byStatement.entrySet()) {
            List<EngineMatch> matches = statement.getValue();
            for (int from = 0; from < matches.size(); from += MATCHES_PER_COMMAND) {
                matched += recorder.recordEngineMatches(statement.getKey(),
                        matches.subList(from, Math.min(matches.size(), from + MATCHES_PER_COMMAND)));
            }
        }
        return matched;
    }

    /**
     * The page's lines, and the open lines elsewhere that share an identifier with them: instalments of
     * one payment are decided together even when they are further apart than a page. The engine still
     * walks only the page; the others are decided as part of an instalment group, or on their own page.
     */
    private List<OpenLine> withInstalments(String ledgerAccountId, List<OpenLine> page) {
        Set<String> identifiers = new HashSet<>();
        page.forEach(line -> identifiers.addAll(line.identifiers()));
        List<OpenLine> lines = new ArrayList<>(page);
        lines.addAll(store.openLinesNamed(ledgerAccountId, identifiers, new HashSet<>(page), linesPerPass));
        return lines;
    }

    private List<LedgerItem> freeItems(String ledgerAccountId, List<OpenLine> lines) {
        LocalDate from = LocalDate.MAX;
        LocalDate to = LocalDate.MIN;
        for (OpenLine line : lines) {
            LocalDate date = line.date() != null ? line.date() : LocalDate.now();
            from = date.isBefore(from) ? date : from;
            to = date.isAfter(to) ? date : to;
        }
        // references match regardless of date, but within a bounded range: a year around the lines
        return store.freeItems(ledgerAccountId, from.minusDays(ITEM_RANGE_DAYS), to.plusDays(ITEM_RANGE_DAYS),
                linesPerPass * 10);
    }
}
