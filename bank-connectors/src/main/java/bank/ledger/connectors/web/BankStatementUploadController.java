package bank.ledger.connectors.web;

import bank.ledger.command.dispatch.UsableAccounts;
import bank.ledger.connectors.ingestion.Actors;
import bank.ledger.connectors.ingestion.BankAccountMappings;
import bank.ledger.connectors.ingestion.IngestedStatement;
import bank.ledger.connectors.ingestion.IngestionPipeline;
import bank.ledger.connectors.ingestion.StatementDelivery;
import bank.ledger.domain.money.Currencies;
import bank.ledger.domain.refusal.Fields;
import bank.ledger.domain.refusal.TextRules;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Upload channel: the statement file as the bank sent it (camt XML, MT940/942, or CSV with
 * {@code ?profile=}), as the raw body or as the file part of a multipart form. Answers 202 while lines are being recorded, 200 when every statement
 * in the file had been delivered before. Also the admin endpoint for bank account mappings.
 */
@RestController
@Profile("connectors")
@RequestMapping("/api/v1")
public class BankStatementUploadController {
    private final IngestionPipeline pipeline;
    private final BankAccountMappings mappings;
    private final UsableAccounts accounts;

    public BankStatementUploadController(IngestionPipeline pipeline, BankAccountMappings mappings, UsableAccounts accounts) {
        this.pipeline = pipeline;
        this.mappings = mappings;
        this.accounts = accounts;
    }

    /**
     * The file as any client sends it: the raw body whatever its content type (curl's {@code --data-binary}
     * sends a form type; the API edge keeps such a body raw for this path), or a {@code multipart/form-data}
     * body with the file in a part (a browser form, Swagger UI, {@code curl -F file=@…}).
     */
    @PostMapping("/statements")
    ResponseEntity<UploadAnswer> upload(HttpServletRequest request,
            @RequestParam(required = false) String profile, @RequestParam(required = false) String name) throws IOException {
        Fields.requireLength(name, "name", 200);
        UploadedFile file = UploadedFile.read(request, name);
        List<IngestedStatement> results = pipeline.ingest(new StatementDelivery(file.fileName(),
                file.content(), profile, "api", Actors.of(request)));
        return answer(results);
    }

    @PostMapping("/bank-account-mappings")
    public BankAccountMappings.Mapping map(@RequestBody BankAccountMappings.Mapping mapping) {
        Fields.requireText(mapping.bankAccount(), "bankAccount", 64);
        Fields.requireText(mapping.currency(), "currency", 3);
        Currencies.exponent(mapping.currency(), "currency");
        TextRules.requireId(mapping.ledgerAccountId(), "ledgerAccountId");
        TextRules.optionalId(mapping.suspenseAccountId(), "suspenseAccountId");
        TextRules.optionalId(mapping.differenceAccountId(), "differenceAccountId");
        // refused now rather than at the first suspense or difference posting, days after the mistake
        accounts.requireUsable(mapping.ledgerAccountId(), mapping.currency(), "ledgerAccountId");
        if (mapping.suspenseAccountId() != null) {
            accounts.requireUsable(mapping.suspenseAccountId(), mapping.currency(), "suspenseAccountId");
        }
        if (mapping.differenceAccountId() != null) {
            accounts.requireUsable(mapping.differenceAccountId(), mapping.currency(), "differenceAccountId");
        }
        mappings.save(mapping);
        return mapping;
    }

    /** What an upload answers: one entry per statement in the file. */
    public record UploadAnswer(List<IngestedStatement> statements) {
    }

    static ResponseEntity<UploadAnswer> answer(List<IngestedStatement> results) {
        boolean allDuplicates = !results.isEmpty() && results.stream().allMatch(IngestedStatement::duplicate);
        return ResponseEntity.status(allDuplicates ? HttpStatus.OK : HttpStatus.ACCEPTED).body(new UploadAnswer(results));
    }
}
