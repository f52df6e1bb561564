package bank.ledger.connectors.web;

import bank.ledger.command.dispatch.CommandOrigin;
import bank.ledger.connectors.ingestion.Actors;
import bank.ledger.connectors.payments.PaymentBatcher;
import bank.ledger.connectors.payments.PaymentInitiation;
import bank.ledger.connectors.payments.PaymentList;
import bank.ledger.connectors.payments.PaymentQueries;
import bank.ledger.connectors.payments.PaymentsProperties;
import bank.ledger.connectors.payments.StatusReports;
import bank.ledger.domain.payment.api.PaymentState;
import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import bank.ledger.domain.refusal.TextRules;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Payments out (docs/payments.md): initiate a credit transfer (a hold), produce a pain.001 batch and
 * download it again byte for byte, deliver the bank's pain.002, read a payment with its history.
 */
@RestController
@Profile("connectors")
@RequestMapping("/api/v1")
public class PaymentController {
    private final PaymentInitiation initiation;
    private final PaymentBatcher batcher;
    private final StatusReports reports;
    private final PaymentQueries queries;
    private final PaymentsProperties settings;
    private final PaymentList list;

    public PaymentController(PaymentInitiation initiation, PaymentBatcher batcher, StatusReports reports,
                             PaymentQueries queries, PaymentsProperties settings, PaymentList list) {
        this.list = list;
        this.initiation = initiation;
        this.batcher = batcher;
        this.reports = reports;
        this.queries = queries;
        this.settings = settings;
    }

    /** 201 when initiated now, 200 when the same request was initiated before. */
    @PostMapping("/payments")
    ResponseEntity<PaymentState> initiate(@RequestBody PaymentInitiation.Request request, HttpServletRequest http) {
        PaymentState state = initiation.initiate(request, CommandOrigin.from(http));
        return ResponseEntity.status(state.replayed() ? HttpStatus.OK : HttpStatus.CREATED).body(state);
    }

    public record Settlement(String statementKey, Integer lineNo) {
    }

    /** Manual settlement from a statement line (docs/payments.md: the line is the accountant's word). */
    @PostMapping("/payments/{id}/settle")
    PaymentState settle(@PathVariable String id, @RequestBody Settlement settlement, HttpServletRequest http) {
        TextRules.requireId(id, "id");
        return initiation.settle(id, settlement.statementKey(), settlement.lineNo(), CommandOrigin.from(http));
    }

    /** The payments, oldest initiation first, optionally of one status or paying account; pageSize 1..500. */
    @GetMapping("/payments")
    PaymentList.Page list(@RequestParam(required = false) String status,
                          @RequestParam(required = false) String accountId,
                          @RequestParam(required = false) String after,
                          @RequestParam(defaultValue = "" + PaymentList.PAGE_SIZE_DEFAULT) int pageSize) {
        return list.list(status, accountId, after, pageSize);
    }

    @GetMapping("/payments/{id}")
    PaymentQueries.PaymentView payment(@PathVariable String id) {
        TextRules.requireId(id, "id");
        return queries.payment(id);
    }

    /** 201 with the batch when produced now, 200 when this batch id was produced before. */
    @PostMapping("/payment-batches")
    ResponseEntity<PaymentQueries.BatchView> produce(@RequestBody PaymentBatcher.Request request, HttpServletRequest http) {
        PaymentBatcher.Produced produced = batcher.produce(request, CommandOrigin.from(http));
        return ResponseEntity.status(produced.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(queries.batch(produced.batchId()));
    }

    @GetMapping("/payment-batches/{id}")
    PaymentQueries.BatchView batch(@PathVariable String id) {
        TextRules.requireId(id, "id");
        return queries.batch(id);
    }

    /** The pain.001 as produced: the same bytes every time. */
    @GetMapping("/payment-batches/{id}/file")
    ResponseEntity<byte[]> file(@PathVariable String id) {
        TextRules.requireId(id, "id");
        byte[] content = queries.batchFile(id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + id + ".pain.001.xml\"")
                .body(content);
    }

    /** The bank's pain.002 as the raw request body. */
    @PostMapping("/payment-status-reports")
    StatusReports.Applied deliver(HttpServletRequest http) throws IOException {
        byte[] content = http.getInputStream().readNBytes(settings.statusReportBytesMax() + 1);
        if (content.length > settings.statusReportBytesMax()) {
            // the edge's answer to any body over its limit: 413 bodyTooLarge
            throw new org.springframework.web.server.ResponseStatusException(
                    org.springframework.http.HttpStatus.CONTENT_TOO_LARGE,
                    "a status report has at most " + settings.statusReportBytesMax() + " bytes");
        }
        if (content.length == 0) {
            throw LedgerRefusal.of(RefusalCode.STATUS_REPORT_UNREADABLE, "file", "the request holds no status report");
        }
        return reports.apply(content, Actors.of(http));
    }
}
