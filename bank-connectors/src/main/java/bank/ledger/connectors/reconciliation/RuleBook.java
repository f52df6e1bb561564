package bank.ledger.connectors.reconciliation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The ordered, configured rules ({@code ledger.reconciliation.rules}): for each line the first rule
 * that proposes something decides, so the most specific rules go first.
 */
public final class RuleBook {
    private final List<MatchRule> rules;

    public RuleBook(List<MatchRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The rules' parameters, from {@code ledger.reconciliation.*}. */
    public record Settings(int windowDays, long toleranceMinor, long tolerancePercent, int similarityWindowDays,
                           int similarityMinPercent) {
        public static Settings defaults() {
            return new Settings(3, 500, 1, 10, 50);
        }
    }

    public static RuleBook of(List<String> names, Settings settings) {
        List<MatchRule> rules = new ArrayList<>();
        for (String name : names) {
            rules.add(switch (name.trim()) {
                case "reference" -> new ReferenceRule();
                case "amount-date" -> new AmountDateRule(settings.windowDays());
                case "similarity" -> new SimilarityRule(settings.similarityWindowDays(), settings.similarityMinPercent());
                case "tolerance" -> new ToleranceRule(settings.toleranceMinor(), settings.tolerancePercent());
                default -> throw new IllegalArgumentException("unknown reconciliation rule '" + name
                        + "'; known: reference, amount-date, similarity, tolerance");
            });
        }
        return new RuleBook(rules);
    }

    public record Decision(String rule, MatchRule.Proposal proposal) {
    }

    public Optional<Decision> decide(OpenLine line, Candidates free) {
        for (MatchRule rule : rules) {
            Optional<MatchRule.Proposal> proposal = rule.propose(line, free);
            if (proposal.isPresent()) {
                return Optional.of(new Decision(rule.name(), proposal.get()));
            }
        }
        return Optional.empty();
    }

    public List<String> names() {
        return rules.stream().map(MatchRule::name).toList();
    }
}
