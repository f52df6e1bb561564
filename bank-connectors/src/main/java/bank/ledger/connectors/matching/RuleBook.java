package bank.ledger.connectors.matching;

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

    /** The rules named in {@code ledger.reconciliation.rules}, in that order, with their parameters. */
    public static RuleBook of(ReconciliationProperties settings) {
        List<MatchRule> rules = new ArrayList<>();
        ReconciliationTolerance tolerance = settings.tolerance();
        for (String name : settings.rules()) {
            rules.add(switch (name.trim()) {
                case "reference" -> new ReferenceRule();
                case "amount-date" -> new AmountDateRule(settings.dateWindowDays());
                case "similarity" -> new SimilarityRule(settings.similarityWindowDays(), settings.similarityMinPercent());
                case "tolerance" -> new ToleranceRule(tolerance);
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
