package bank.ledger.connectors.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The postings with something open and the undecided lines of one engine page, indexed by open amount
 * and by identifier (end-to-end id, reference, entry id), so each rule looks a line up instead of
 * scanning every posting: a page of 2,000 lines against 20,000 postings stays linear. A decision takes
 * its parts off the postings (a posting left with nothing open leaves every index) and its lines off
 * the undecided ones.
 */
public final class Candidates {
    private record Key(String entryId, int postingIndex) {
    }

    private final Map<Key, LedgerItem> items = new LinkedHashMap<>();
    private final Map<Long, Set<Key>> byOpenAmount = new HashMap<>();
    private final Map<String, Set<Key>> byIdentifier = new HashMap<>();
    private final Map<String, Set<OpenLine>> linesByIdentifier = new HashMap<>();
    private final Set<OpenLine> undecided = new LinkedHashSet<>();

    public Candidates(Collection<LedgerItem> items) {
        this(items, List.of());
    }

    public Candidates(Collection<LedgerItem> items, Collection<OpenLine> lines) {
        items.forEach(this::add);
        for (OpenLine line : lines) {
            undecided.add(line);
            for (String id : line.identifiers()) {
                linesByIdentifier.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(line);
            }
        }
    }

    public List<LedgerItem> withAmount(long openMinor) {
        return lookUp(byOpenAmount.getOrDefault(openMinor, Set.of()));
    }

    /** Postings named by any of the identifiers, each once, in the order they were posted. */
    public List<LedgerItem> named(String... identifiers) {
        Set<Key> found = new LinkedHashSet<>();
        for (String id : identifiers(identifiers)) {
            found.addAll(byIdentifier.getOrDefault(id, Set.of()));
        }
        return lookUp(found);
    }

    /** The undecided lines of the page that name the posting, in page order. */
    public List<OpenLine> linesNaming(LedgerItem item) {
        Set<OpenLine> found = new LinkedHashSet<>();
        for (String id : identifiers(item.entryId(), item.endToEndId(), item.reference())) {
            found.addAll(linesByIdentifier.getOrDefault(id, Set.of()));
        }
        return undecided.stream().filter(found::contains).toList();
    }

    public boolean isUndecided(OpenLine line) {
        return undecided.contains(line);
    }

    public void take(MatchRule.Proposal proposal) {
        for (MatchRule.Allocation allocation : proposal.allocations()) {
            undecided.remove(allocation.line());
            for (Claims.Claim claim : allocation.claims()) {
                Key key = new Key(claim.part().entryId(), claim.part().postingIndex());
                LedgerItem item = items.get(key);
                if (item != null) {
                    remove(key, item);
                    add(item.less(claim.part().signedMinor()));
                }
            }
        }
    }

    private void add(LedgerItem item) {
        if (item.openMinor() == 0) {
            return;
        }
        Key key = new Key(item.entryId(), item.postingIndex());
        items.put(key, item);
        byOpenAmount.computeIfAbsent(item.openMinor(), k -> new LinkedHashSet<>()).add(key);
        for (String id : identifiers(item.entryId(), item.endToEndId(), item.reference())) {
            byIdentifier.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(key);
        }
    }

    private void remove(Key key, LedgerItem item) {
        items.remove(key);
        byOpenAmount.getOrDefault(item.openMinor(), new LinkedHashSet<>()).remove(key);
        for (String id : identifiers(item.entryId(), item.endToEndId(), item.reference())) {
            byIdentifier.getOrDefault(id, new LinkedHashSet<>()).remove(key);
        }
    }

    private List<LedgerItem> lookUp(Set<Key> keys) {
        List<LedgerItem> found = new ArrayList<>(keys.size());
        for (Key key : keys) {
            found.add(items.get(key));
        }
        return found;
    }

    /** The identifiers given, without the missing and blank ones. */
    static List<String> identifiers(String... candidates) {
        List<String> ids = new ArrayList<>(candidates.length);
        for (String id : candidates) {
            if (id != null && !id.isBlank()) {
                ids.add(id);
            }
        }
        return ids;
    }
}
