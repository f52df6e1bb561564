package bank.ledger.connectors.matching;

import bank.ledger.command.dispatch.CommandDispatch;
import bank.ledger.command.dispatch.CommandOrigin;
import bank.ledger.connectors.ingestion.SentPayments;
import bank.ledger.domain.payment.api.SettlePayment;
import bank.ledger.domain.refusal.LedgerRefusal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The step before the rules: a debit line naming a payment the ledger sent (its end-to-end id, or the
 * bank's or customer's reference equal to it) with the payment's amount and currency settles that
 * payment ({@code SettlePayment}, which posts the hold when no status report did, the same path as a
 * pain.002 acceptance) and is then matched to the hold's posting, rule {@code payment}, score 100.
 * Such a line is the payment's: no other rule decides it. Until the posted hold reaches the ledger-items
 * read model it waits (the next pass, triggered by the new posting, matches it). A line naming a sent
 * payment with another amount, or two payments that both fit, is left to a person. Settling is
 * idempotent (a settled payment answers its settlement again), and the claims give the hold's posting
 * to one line only, so a second statement showing the same debit settles and matches nothing twice.
 */
public class PaymentSettlement {
    static final String RULE = "payment";
    private static final Logger log = LoggerFactory.getLogger(PaymentSettlement.class);
    private final SentPayments payments;
    private final Consumer<SettlePayment> settle;

    /** Settles through the command bus, as the engine (actor and channel {@code engine}). */
    public PaymentSettlement(SentPayments payments, CommandDispatch commands) {
        this(payments, command -> commands.send(command, CommandOrigin.engine("engine")));
    }

    /** {@code settle}: sends the command; a refusal is a {@link LedgerRefusal}. */
    public PaymentSettlement(SentPayments payments, Consumer<SettlePayment> settle) {
        this.payments = payments;
        this.settle = settle;
    }

    /** What the step decided for one page: the lines that belong to a payment, and the hold each is matched to. */
    public static final class PaymentLines {
        private final Map<OpenLine, String> holds = new HashMap<>();
        private final Set<OpenLine> leftToPeople = new LinkedHashSet<>();

        /** The line is a payment's (settled with it, or naming one it does not fit): the rule book is not asked. */
        public boolean owns(OpenLine line) {
            return holds.containsKey(line) || leftToPeople.contains(line);
        }

        /** The hold's posting with exactly the line's amount open, when the read model shows it. */
        public Optional<MatchRule.Proposal> propose(OpenLine line, Candidates free) {
            String hold = holds.get(line);
            if (hold == null) {
                return Optional.empty();
            }
            return free.named(hold).stream()
                    .filter(item -> item.entryId().equals(hold) && item.openMinor() == line.signedMinor())
                    .findFirst().map(item -> MatchRule.Proposal.of(line, List.of(item), 100));
        }
    }

    public PaymentLines settle(String ledgerAccountId, List<OpenLine> lines) {
        PaymentLines found = new PaymentLines();
        Set<String> identifiers = new LinkedHashSet<>();
        lines.stream().filter(line -> line.signedMinor() < 0).forEach(line -> identifiers.addAll(line.identifiers()));
        if (identifiers.isEmpty()) {
            return found;
        }
        Map<String, List<SentPayments.Sent>> byId = new HashMap<>();
        payments.named(ledgerAccountId, identifiers)
                .forEach(p -> byId.computeIfAbsent(p.endToEndId(), k -> new ArrayList<>()).add(p));
        for (OpenLine line : lines) {
            if (line.signedMinor() >= 0) {
                continue;
            }
            Set<SentPayments.Sent> named = new LinkedHashSet<>();
            line.identifiers().forEach(id -> named.addAll(byId.getOrDefault(id, List.of())));
            if (named.isEmpty()) {
                continue;
            }
            List<SentPayments.Sent> fitting = named.stream()
                    .filter(p -> p.isDebitedBy(line.signedMinor(), line.currency())).toList();
            if (fitting.size() == 1 && settled(fitting.get(0), line)) {
                found.holds.put(line, fitting.get(0).holdEntryId());
            } else {
                found.leftToPeople.add(line);
            }
        }
        return found;
    }

    private boolean settled(SentPayments.Sent payment, OpenLine line) {
        if (payment.status().equals("SETTLED")) {
            return true;
        }
        try {
            settle.accept(new SettlePayment(payment.paymentId(), line.statementKey(), line.lineNo()));
            return true;
        } catch (LedgerRefusal refusal) {
            // e.g. rejected by a status report meanwhile: the line is left to a person
            log.info("payment {} not settled by line {} of {}: {}", payment.paymentId(), line.lineNo(),
                    line.statementKey(), refusal.getMessage());
            return false;
        }
    }
}
