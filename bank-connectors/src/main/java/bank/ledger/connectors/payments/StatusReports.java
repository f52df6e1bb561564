package bank.ledger.connectors.payments;

import bank.ledger.command.dispatch.CommandDispatch;
import bank.ledger.command.dispatch.CommandOrigin;
import bank.ledger.connectors.formats.pain.Pain002Reader;
import bank.ledger.connectors.formats.pain.StatusReport;
import bank.ledger.domain.payment.api.AcceptPayment;
import bank.ledger.domain.payment.api.PaymentState;
import bank.ledger.domain.payment.api.RejectPayment;
import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Applies a bank's pain.002 to the payments of the batch it reports on. Each payment takes the most
 * specific status the report gives it (its transaction's, else its payment information's, else the
 * group's): an acceptance posts its hold, a rejection voids it, anything else (received, pending,
 * technically validated) decides nothing yet. A report naming a message or a transaction the ledger
 * never sent is refused whole, before any payment changes. Reading the same report again changes nothing.
 */
public class StatusReports {
    /** ISO 20022 statuses that mean the bank took the payment on (the money leaves). */
    static final Set<String> ACCEPTED = Set.of("ACCP", "ACSP", "ACSC", "ACWC", "ACCC", "ACWP", "ACFC", "ACIS");
    static final String REJECTED = "RJCT";
    private final JdbcTemplate jdbc;
    private final CommandDispatch dispatch;
    private final Clock clock;

    public StatusReports(JdbcTemplate jdbc, CommandDispatch dispatch, Clock clock) {
        this.jdbc = jdbc;
        this.dispatch = dispatch;
        this.clock = clock;
    }

    /** What happened to one payment: {@code ACCEPTED}, {@code REJECTED}, {@code UNDECIDED}, or {@code REFUSED} with the code. */
    public record Outcome(String paymentId, String instructionId, String bankStatus, String outcome, String code) {
    }

    public record Applied(String reportId, String originalMessageId, String batchId, List<Outcome> payments) {
    }

    record Item(String paymentId, String instructionId, String informationId, String endToEndId) {
    }

    private record Decision(String status, StatusReport.Reason reason) {
    }

    public Applied apply(byte[] content, CommandOrigin origin) {
        StatusReport report = Pain002Reader.read(content);
        List<String> batch = jdbc.queryForList("select batch_id from payment_batch where message_id = ?", String.class,
                report.originalMessageId());
        if (batch.isEmpty()) {
            throw LedgerRefusal.of(RefusalCode.UNKNOWN_PAYMENT_MESSAGE, "OrgnlMsgId",
                    "the ledger sent no pain.001 with MsgId " + report.originalMessageId());
        }
        List<Item> items = jdbc.query("select * from payment_batch_item where batch_id = ? order by length(instruction_id), "
                + "instruction_id", (rs, row) -> new Item(rs.getString("payment_id"), rs.getString("instruction_id"),
                rs.getString("payment_information_id"), rs.getString("end_to_end_id")), batch.get(0));
        requireKnownTransactions(report, items);
        List<Outcome> outcomes = new ArrayList<>();
        for (Item item : items) {
            outcomes.add(decide(report, item, origin));
        }
        record(report, content, outcomes, origin);
        return new Applied(report.messageId(), report.originalMessageId(), batch.get(0), outcomes);
    }

    private Outcome decide(StatusReport report, Item item, CommandOrigin origin) {
        Decision decision = decision(report, item);
        try {
            if (decision.status() != null && ACCEPTED.contains(decision.status())) {
                PaymentState state = dispatch.send(new AcceptPayment(item.paymentId(), report.messageId(),
                        decision.status()), origin);
                return new Outcome(item.paymentId(), item.instructionId(), decision.status(), state.status().name(), null);
            }
            if (REJECTED.equals(decision.status())) {
                PaymentState state = dispatch.send(new RejectPayment(item.paymentId(), report.messageId(),
                        decision.status(), decision.reason().code(), decision.reason().text()), origin);
                return new Outcome(item.paymentId(), item.instructionId(), decision.status(), state.status().name(), null);
            }
            return new Outcome(item.paymentId(), item.instructionId(), decision.status(), "UNDECIDED", null);
        } catch (LedgerRefusal refusal) {
            // e.g. the bank accepts a payment it rejected before: recorded in the answer, the others still apply
            return new Outcome(item.paymentId(), item.instructionId(), decision.status(), "REFUSED", refusal.code().code());
        }
    }

    /** The transaction's own status, else its payment information's, else the group's (PART decides nothing). */
    private static Decision decision(StatusReport report, Item item) {
        for (StatusReport.TransactionStatus tx : report.transactions()) {
            if (matches(tx, item) && tx.status() != null) {
                return new Decision(tx.status(), tx.reason());
            }
        }
        for (StatusReport.GroupStatus group : report.paymentInformations()) {
            if (item.informationId().equals(group.paymentInformationId()) && group.status() != null) {
                return new Decision(group.status(), group.reason());
            }
        }
        return new Decision(report.groupStatus(), report.groupReason());
    }

    private static boolean matches(StatusReport.TransactionStatus tx, Item item) {
        return tx.instructionId() != null ? tx.instructionId().equals(item.instructionId())
                : item.endToEndId().equals(tx.endToEndId());
    }

    private static void requireKnownTransactions(StatusReport report, List<Item> items) {
        for (StatusReport.TransactionStatus tx : report.transactions()) {
            if (items.stream().noneMatch(item -> matches(tx, item))) {
                throw LedgerRefusal.of(RefusalCode.UNKNOWN_PAYMENT_MESSAGE, "OrgnlInstrId",
                        "message " + report.originalMessageId() + " has no transaction "
                                + (tx.instructionId() != null ? tx.instructionId() : tx.endToEndId()));
            }
        }
    }

    private void record(StatusReport report, byte[] content, List<Outcome> outcomes, CommandOrigin origin) {
        long accepted = outcomes.stream().filter(o -> o.outcome().equals("ACCEPTED") || o.outcome().equals("SETTLED")).count();
        long rejected = outcomes.stream().filter(o -> o.outcome().equals("REJECTED")).count();
        jdbc.update("""
                insert into payment_status_report (content_sha256, report_id, original_message_id, accepted, rejected,
                    undecided, received_by, received_at) values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (content_sha256) do nothing""", PaymentBatcher.digest(content), cut(report.messageId()),
                cut(report.originalMessageId()), accepted, rejected, outcomes.size() - accepted - rejected,
                origin.actor(), Timestamp.from(clock.instant()));
    }

    private static String cut(String id) {
        return id.length() > 35 ? id.substring(0, 35) : id;
    }
}
