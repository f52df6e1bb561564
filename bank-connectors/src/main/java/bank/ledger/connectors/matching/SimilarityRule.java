package bank.ledger.connectors.matching;

import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Same amount within a wider window, told apart by words: the line's counterparty, remittance text and
 * references against the posting's description and references, compared as sets of words of three
 * characters or more (Jaccard similarity, in percent). The most similar posting wins if it reaches
 * {@code minPercent} and no other is as similar. It comes after amount-date in the default order, where
 * it settles the ties that rule leaves open. Score: 40 plus half the similarity, at most 85.
 */
public final class SimilarityRule implements MatchRule {
    private final int windowDays;
    private final int minPercent;

    public SimilarityRule(int windowDays, int minPercent) {
        this.windowDays = windowDays;
        this.minPercent = minPercent;
    }

    @Override
    public String name() {
        return "similarity";
    }

    @Override
    public Optional<Proposal> propose(OpenLine line, Candidates free) {
        if (line.date() == null) {
            return Optional.empty();
        }
        Set<String> lineWords = words(line.counterparty(), line.description(), line.reference(), line.endToEndId());
        LedgerItem best = null;
        int bestPercent = -1;
        boolean tie = false;
        for (LedgerItem item : free.withAmount(line.signedMinor())) {
            if (Math.abs(ChronoUnit.DAYS.between(line.date(), item.effectiveDate())) > windowDays) {
                continue;
            }
            int percent = similarity(lineWords, words(item.description(), item.reference(), item.endToEndId()));
            if (percent > bestPercent) {
                best = item;
                bestPercent = percent;
                tie = false;
            } else if (percent == bestPercent) {
                tie = true;
            }
        }
        if (best == null || tie || bestPercent < minPercent) {
            return Optional.empty();
        }
        return Optional.of(Proposal.of(line, List.of(best), Math.min(85, 40 + bestPercent / 2)));
    }

    static int similarity(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        return common.size() * 100 / (a.size() + b.size() - common.size());
    }

    static Set<String> words(String... texts) {
        Set<String> words = new HashSet<>();
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (word.length() >= 3) {
                    words.add(word);
                }
            }
        }
        return words;
    }
}
