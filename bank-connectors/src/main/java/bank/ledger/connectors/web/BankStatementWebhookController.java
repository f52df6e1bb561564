package bank.ledger.connectors.web;

import bank.ledger.command.dispatch.CommandOrigin;
import bank.ledger.connectors.ingestion.IngestionPipeline;
import bank.ledger.connectors.ingestion.StatementDelivery;
import bank.ledger.connectors.formats.model.ParseLimits;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Webhook channel: a bank or a middleware pushes a statement file, signed (see {@link WebhookSignature}).
 * Headers {@code X-Ledger-Timestamp} and {@code X-Ledger-Signature}. Unsigned, stale, forged or
 * replayed requests are refused with 401 before the body is parsed; a valid one takes the same
 * pipeline as an upload.
 */
@RestController
@Profile("connectors")
@EnableConfigurationProperties(BankStatementWebhookProperties.class)
public class BankStatementWebhookController {
    private final IngestionPipeline pipeline;
    private final WebhookSignature signature;
    private final JdbcTemplate jdbc;
    private final long toleranceSeconds;

    public BankStatementWebhookController(IngestionPipeline pipeline, JdbcTemplate jdbc, BankStatementWebhookProperties settings) {
        this.pipeline = pipeline;
        this.jdbc = jdbc;
        this.toleranceSeconds = settings.toleranceSeconds();
        this.signature = new WebhookSignature(settings.secret(), toleranceSeconds, Clock.systemUTC());
    }

    @PostMapping("/api/v1/statements/webhook")
    ResponseEntity<?> receive(HttpServletRequest request,
                              @RequestHeader(name = "X-Ledger-Timestamp", required = false) String timestamp,
                              @RequestHeader(name = "X-Ledger-Signature", required = false) String signed,
                              @RequestParam(required = false) String profile) throws IOException {
        WebhookSignature.Verdict verdict = signature.precheck(timestamp, signed);
        byte[] body = null;
        if (verdict == WebhookSignature.Verdict.VALID) { // an unsigned or stale request is refused unread
            body = StatementDelivery.readBounded(request.getInputStream(), ParseLimits.DEFAULT_MAX_FILE_BYTES);
            verdict = signature.verify(timestamp, signed, body);
        }
        if (verdict != WebhookSignature.Verdict.VALID) {
            return refused(verdict == WebhookSignature.Verdict.NOT_CONFIGURED ? "webhookDisabled" : "signatureInvalid",
                    "webhook refused: " + verdict.name().toLowerCase().replace('_', ' '));
        }
        Instant now = Instant.now();
        // a signature older than twice the tolerance is refused as stale anyway: forget it
        jdbc.update("delete from stmt_webhook_delivery where received_at < ?",
                Timestamp.from(now.minusSeconds(2 * toleranceSeconds)));
        if (jdbc.update("insert into stmt_webhook_delivery (signature, received_at) values (?, ?) on conflict do nothing",
                signed, Timestamp.from(now)) == 0) {
            return refused("replayedRequest", "this signed request was received before");
        }
        return BankStatementUploadController.answer(pipeline.ingest(new StatementDelivery("webhook", body, profile, "webhook",
                CommandOrigin.system("webhook", "webhook"))));
    }

    private static ResponseEntity<ProblemDetail> refused(String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, detail);
        problem.setType(URI.create("https://ledger.bank/problems/" + code));
        problem.setProperty("code", code);
        problem.setProperty("field", "X-Ledger-Signature");
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
