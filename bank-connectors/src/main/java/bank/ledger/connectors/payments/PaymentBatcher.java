package bank.ledger.connectors.payments;

import bank.ledger.command.dispatch.CommandDispatch;
import bank.ledger.command.dispatch.CommandOrigin;
import bank.ledger.connectors.formats.pain.CreditTransfer;
import bank.ledger.connectors.formats.pain.Pain001Writer;
import bank.ledger.connectors.formats.pain.PaymentGroup;
import bank.ledger.domain.payment.api.BatchPayment;
import bank.ledger.domain.refusal.Fields;
import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import bank.ledger.domain.refusal.TextRules;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Produces a pain.001 batch: the initiated payments (optionally of one debtor IBAN), each put into the
 * batch by its aggregate first (a payment another batch took meanwhile is refused there and left out),
 * grouped per debtor account and execution date, written, and stored with its items. Idempotent by batch
 * id: the same id answers the stored batch; after a failure between the commands and the store, the same
 * id batches the same payments again (the aggregate acknowledges them) and writes the file. The batch
 * and its items are stored in one transaction: a crash leaves the whole batch or none of it (the items are
 * what a pain.002 is applied to, so a batch without them could never be decided).
 */
public class PaymentBatcher {
    private final JdbcTemplate jdbc;
    private final CommandDispatch dispatch;
    private final PaymentsProperties settings;
    private final Clock clock;
    private final TransactionTemplate transactions;

    public PaymentBatcher(JdbcTemplate jdbc, CommandDispatch dispatch, PaymentsProperties settings, Clock clock,
                          PlatformTransactionManager transactions) {
        this.transactions = new TransactionTemplate(transactions);
        this.jdbc = jdbc;
        this.dispatch = dispatch;
        this.settings = settings;
        this.clock = clock;
    }

    /** {@code debtorIban} and {@code limit} optional. */
    public record Request(String id, String debtorIban, Integer limit) {
    }

    /** The batch, and whether this request made it (false: it existed). */
    public record Produced(String batchId, boolean created) {
    }

    record Candidate(String paymentId, String debtorName, String debtorIban, String debtorBic, LocalDate executionDate,
                     CreditTransfer transfer) {
        String groupKey() {
            return debtorIban + "|" + debtorName + "|" + debtorBic + "|" + executionDate;
        }
    }

    public Produced produce(Request request, CommandOrigin origin) {
        TextRules.requireId(request.id(), "id");
        Fields.requireLength(request.debtorIban(), "debtorIban", 34);
        int limit = request.limit() == null ? settings.batchPaymentsMax() : request.limit();
        if (limit < 1 || limit > settings.batchPaymentsMax()) {
            throw Fields.invalid("limit", "limit is 1 to " + settings.batchPaymentsMax());
        }
        if (exists(request.id())) {
            return new Produced(request.id(), false);
        }
        String messageId = "M" + digest(request.id()).substring(0, 28);
        Map<String, List<Candidate>> groups = new LinkedHashMap<>();
        candidates(request, limit).forEach(c -> groups.computeIfAbsent(c.groupKey(), k -> new ArrayList<>()).add(c));
        List<PaymentGroup> written = new ArrayList<>();
        List<Object[]> items = new ArrayList<>();
        int instruction = 1;
        int groupNo = 1;
        for (List<Candidate> group : groups.values()) {
            String informationId = "P" + messageId.substring(1) + "-" + groupNo++;
            List<CreditTransfer> transfers = new ArrayList<>();
            for (Candidate candidate : group) {
                String instructionId = Integer.toString(instruction);
                if (batched(candidate.paymentId(), request.id(), messageId, informationId, instructionId, origin)) {
                    CreditTransfer t = candidate.transfer();
                    transfers.add(new CreditTransfer(instructionId, t.endToEndId(), t.amountMinor(), t.currency(),
                            t.creditorName(), t.creditorIban(), t.creditorBic(), t.remittanceInformation()));
                    items.add(new Object[] {request.id(), instructionId, candidate.paymentId(), informationId,
                            t.endToEndId()});
                    instruction++;
                }
            }
            if (!transfers.isEmpty()) {
                Candidate first = group.get(0);
                written.add(new PaymentGroup(informationId, first.debtorName(), first.debtorIban(), first.debtorBic(),
                        first.executionDate(), transfers));
            }
        }
        if (written.isEmpty()) {
            throw LedgerRefusal.of(RefusalCode.NO_PAYMENT_TO_BATCH, request.debtorIban() == null ? null : "debtorIban",
                    "no initiated payment waits for a batch" + (request.debtorIban() == null ? "" : " from " + request.debtorIban()));
        }
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        byte[] content = Pain001Writer.write(messageId, now, settings.initiatingParty(), written);
        return store(request.id(), messageId, written, items, content, origin, now);
    }

    private boolean batched(String paymentId, String batchId, String messageId, String informationId,
                            String instructionId, CommandOrigin origin) {
        try {
            dispatch.send(new BatchPayment(paymentId, batchId, messageId, informationId, instructionId), origin);
            return true;
        } catch (LedgerRefusal refusal) {
            if (refusal.code() == RefusalCode.PAYMENT_NOT_PENDING) {
                return false; // another batch took it, or the bank decided meanwhile: the aggregate's word stands
            }
            throw refusal;
        }
    }

    /** Initiated payments, and this batch's own ones when a first attempt stopped before its file was stored. */
    private List<Candidate> candidates(Request request, int limit) {
        return jdbc.query("""
                select * from payment where (status = 'INITIATED' or (status = 'BATCHED' and batch_id = ?))
                    and (cast(? as varchar) is null or debtor_iban = ?)
                order by initiated_at, payment_id limit ?""", (rs, row) -> new Candidate(rs.getString("payment_id"),
                rs.getString("debtor_name"), rs.getString("debtor_iban"), rs.getString("debtor_bic"),
                rs.getDate("requested_execution_date").toLocalDate(), new CreditTransfer(null,
                rs.getString("end_to_end_id"), rs.getLong("amount_minor"), rs.getString("currency"),
                rs.getString("creditor_name"), rs.getString("creditor_iban"), rs.getString("creditor_bic"),
                rs.getString("remittance_information"))), request.id(), request.debtorIban(), request.debtorIban(), limit);
    }

    private Produced store(String batchId, String messageId, List<PaymentGroup> groups, List<Object[]> items,
                           byte[] content, CommandOrigin origin, OffsetDateTime now) {
        BigDecimal sum = groups.stream().flatMap(g -> g.transfers().stream())
                .map(t -> BigDecimal.valueOf(t.amountMinor(), bank.ledger.domain.money.Currencies.exponent(t.currency())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        try {
            transactions.executeWithoutResult(status -> {
                jdbc.update("""
                        insert into payment_batch (batch_id, message_id, payment_count, control_sum, content, content_sha256,
                            created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)""", batchId, messageId, items.size(),
                        sum.toPlainString(), content, digest(content), origin.actor(), Timestamp.from(now.toInstant()));
                jdbc.batchUpdate("insert into payment_batch_item (batch_id, instruction_id, payment_id, "
                        + "payment_information_id, end_to_end_id) values (?, ?, ?, ?, ?)", items);
            });
        } catch (DuplicateKeyException concurrent) {
            return new Produced(batchId, false); // the same batch id, produced by a concurrent request
        }
        return new Produced(batchId, true);
    }

    private boolean exists(String batchId) {
        return !jdbc.queryForList("select 1 from payment_batch where batch_id = ?", Integer.class, batchId).isEmpty();
    }

    static String digest(String text) {
        return digest(text.getBytes(StandardCharsets.UTF_8));
    }

    static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
