package bank.ledger.app.chaos;

import bank.ledger.app.chaos.StoredLedger.BalanceChange;
import bank.ledger.app.chaos.StoredLedger.Totals;
import bank.ledger.app.chaos.TransferMix.Account;
import bank.ledger.app.chaos.TransferMix.Line;
import bank.ledger.app.chaos.TransferMix.Transfer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The invariants a crash, a lost connection or an outage must never break, checked against what the
 * database holds. Each row counts what it checked and lists every violation found.
 */
final class Invariants {
    record Row(String invariant, long checked, List<String> violations, String note) {
        boolean skipped() {
            return note.startsWith("skipped");
        }
    }

    private final Outcomes outcomes;
    private final StoredLedger stored;
    private final List<Account> accounts;
    private final String guardedId;

    Invariants(Outcomes outcomes, StoredLedger stored, List<Account> accounts, String guardedId) {
        this.outcomes = outcomes;
        this.stored = stored;
        this.accounts = accounts;
        this.guardedId = guardedId;
    }

    List<Row> check() {
        return List.of(acknowledgedStoredOnce(), acknowledgedInReadModel(), refusedNotStored(), nothingUnknownStored(),
                appliedOnceToEachAccount(), debitsEqualCreditsInEvents(), debitsEqualCreditsInReadModel(),
                balancesMatchAcknowledged(), guardHeld());
    }

    private Row acknowledgedStoredOnce() {
        List<String> violations = new ArrayList<>();
        for (String id : outcomes.acknowledged.keySet()) {
            List<List<Line>> posted = stored.entries.getOrDefault(id, List.of());
            if (posted.size() != 1) {
                violations.add(id + ": acknowledged, stored " + posted.size() + " times in the event store");
            } else if (!sameLines(posted.get(0), outcomes.sent.get(id).lines())) {
                violations.add(id + ": stored lines " + posted.get(0) + " differ from the sent "
                        + outcomes.sent.get(id).lines());
            }
        }
        return new Row("every acknowledged id stored exactly once (event store)", outcomes.acknowledged.size(),
                violations, "");
    }

    private Row acknowledgedInReadModel() {
        List<String> violations = new ArrayList<>();
        for (String id : outcomes.acknowledged.keySet()) {
            int rows = stored.readModelEntries.getOrDefault(id, 0);
            if (rows != 1) {
                violations.add(id + ": acknowledged, " + rows + " rows in rm_journal_entry");
            }
        }
        return new Row("every acknowledged id stored exactly once (read model)", outcomes.acknowledged.size(),
                violations, "");
    }

    private Row refusedNotStored() {
        Set<String> changedEntries = new HashSet<>();
        stored.changes.values().forEach(list -> list.forEach(c -> changedEntries.add(c.entryId())));
        List<String> violations = new ArrayList<>();
        for (String id : outcomes.refused.keySet()) {
            if (stored.entries.containsKey(id) || changedEntries.contains(id)
                    || stored.readModelEntries.containsKey(id)) {
                violations.add(id + ": refused (" + outcomes.refused.get(id) + ") but stored");
            }
        }
        return new Row("no entry for a refused id", outcomes.refused.size(), violations, "");
    }

    private Row nothingUnknownStored() {
        List<String> violations = new ArrayList<>();
        long inDoubt = 0;
        for (String id : stored.entries.keySet()) {
            if (!outcomes.sent.containsKey(id)) {
                violations.add(id + ": stored but never sent");
            } else if (!outcomes.acknowledged.containsKey(id) && !outcomes.refused.containsKey(id)) {
                inDoubt++;
            }
        }
        return new Row("no entry the clients did not send", stored.entries.size(), violations,
                inDoubt == 0 ? "" : inDoubt + " stored ids never got a definitive answer");
    }

    private Row appliedOnceToEachAccount() {
        Map<String, Integer> applied = new HashMap<>();
        for (List<BalanceChange> list : stored.changes.values()) {
            for (BalanceChange change : list) {
                applied.merge(change.accountId() + " " + change.entryId(), 1, Integer::sum);
            }
        }
        List<String> violations = new ArrayList<>();
        long checked = 0;
        for (Map.Entry<String, List<List<Line>>> entry : stored.entries.entrySet()) {
            for (Line line : entry.getValue().get(0)) {
                checked++;
                int times = applied.getOrDefault(line.accountId() + " " + entry.getKey(), 0);
                if (times != 1) {
                    violations.add(entry.getKey() + ": applied " + times + " times to " + line.accountId());
                }
            }
        }
        for (String key : applied.keySet()) {
            if (!stored.entries.containsKey(key.substring(key.indexOf(' ') + 1))) {
                violations.add(key + ": a balance change without a stored entry");
            }
        }
        return new Row("every stored entry moved each of its accounts once", checked, violations, "");
    }

    private Row debitsEqualCreditsInEvents() {
        Map<String, long[]> byCurrency = new TreeMap<>();
        for (List<List<Line>> posted : stored.entries.values()) {
            for (Line line : posted.get(0)) {
                byCurrency.computeIfAbsent(line.currency(), c -> new long[4])[line.side().equals("DEBIT") ? 0 : 1]
                        += line.amountMinor();
            }
        }
        for (Account account : accounts) {
            Totals totals = stored.finalTotals(account.id());
            long[] sums = byCurrency.computeIfAbsent(account.currency(), c -> new long[4]);
            sums[2] += totals.debitsPosted() - totals.creditsPosted();
            sums[3] += totals.debitsPending() - totals.creditsPending();
        }
        List<String> violations = new ArrayList<>();
        byCurrency.forEach((currency, sums) -> {
            if (sums[0] != sums[1]) {
                violations.add(currency + ": entries' debits " + sums[0] + " != credits " + sums[1]);
            }
            if (sums[2] != 0 || sums[3] != 0) {
                violations.add(currency + ": accounts' totals off by " + sums[2] + " posted, " + sums[3] + " pending");
            }
        });
        return new Row("debits = credits per currency (event store: entries and account totals)",
                byCurrency.size(), violations, "");
    }

    private Row debitsEqualCreditsInReadModel() {
        Map<String, long[]> byCurrency = new TreeMap<>();
        stored.readModelAccounts.values().forEach(row -> {
            long[] sums = byCurrency.computeIfAbsent(row.currency(), c -> new long[2]);
            sums[0] += row.totals().debitsPosted() - row.totals().creditsPosted();
            sums[1] += row.totals().debitsPending() - row.totals().creditsPending();
        });
        List<String> violations = new ArrayList<>();
        byCurrency.forEach((currency, sums) -> {
            if (sums[0] != 0 || sums[1] != 0) {
                violations.add(currency + ": rm_account off by " + sums[0] + " posted, " + sums[1] + " pending");
            }
        });
        if (stored.readModelAccounts.size() != accounts.size()) {
            violations.add(stored.readModelAccounts.size() + " of " + accounts.size() + " accounts in rm_account");
        }
        return new Row("debits = credits per currency (read model)", byCurrency.size(), violations, "");
    }

    /** Each account's totals equal the sum of the transfers the ledger stored for the ids the clients sent. */
    private Row balancesMatchAcknowledged() {
        Map<String, long[]> expected = new HashMap<>();
        for (Map.Entry<String, Transfer> sent : outcomes.sent.entrySet()) {
            boolean counts = outcomes.acknowledged.containsKey(sent.getKey())
                    || (!outcomes.refused.containsKey(sent.getKey()) && stored.entries.containsKey(sent.getKey()));
            if (counts) {
                for (Line line : sent.getValue().lines()) {
                    expected.computeIfAbsent(line.accountId(), a -> new long[2])[line.side().equals("DEBIT") ? 0 : 1]
                            += line.amountMinor();
                }
            }
        }
        List<String> violations = new ArrayList<>();
        for (Account account : accounts) {
            long[] want = expected.getOrDefault(account.id(), new long[2]);
            Totals events = stored.finalTotals(account.id());
            StoredLedger.AccountRow row = stored.readModelAccounts.get(account.id());
            if (events.debitsPosted() != want[0] || events.creditsPosted() != want[1]) {
                violations.add(account.id() + ": event store " + events + ", acknowledged transfers " + want[0]
                        + " debit / " + want[1] + " credit");
            }
            if (row == null || row.totals().debitsPosted() != want[0] || row.totals().creditsPosted() != want[1]) {
                violations.add(account.id() + ": rm_account " + (row == null ? "missing" : row.totals())
                        + ", acknowledged transfers " + want[0] + " debit / " + want[1] + " credit");
            }
        }
        return new Row("balances = sum of acknowledged transfers (event store and read model)", accounts.size(),
                violations, "");
    }

    private Row guardHeld() {
        List<String> violations = new ArrayList<>();
        List<BalanceChange> history = stored.changes.getOrDefault(guardedId, List.of());
        for (BalanceChange change : history) {
            Totals t = change.totals();
            if (t.debitsPosted() + t.debitsPending() > t.creditsPosted()) {
                violations.add(guardedId + " at sequence " + change.sequence() + ": " + t);
            }
        }
        return new Row("guard held: the guarded account never below zero", history.size(), violations, "");
    }

    private static boolean sameLines(List<Line> stored, List<Line> sent) {
        return new HashSet<>(stored).equals(new HashSet<>(sent));
    }
}
