package bank.ledger.app.console.reconciliation;

import bank.ledger.app.console.support.Refusal;
import bank.ledger.command.dispatch.CommandOrigin;
import bank.ledger.connectors.formats.csv.CsvProfiles;
import bank.ledger.connectors.formats.model.ParseLimits;
import bank.ledger.connectors.ingestion.IngestedStatement;
import bank.ledger.connectors.ingestion.IngestionPipeline;
import bank.ledger.connectors.ingestion.StatementDelivery;
import bank.ledger.connectors.web.UploadedFile;
import bank.ledger.app.console.support.ReportAt;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A statement file uploaded by a person: a drop zone (a plain file input without script) posting the
 * file as {@code multipart/form-data} to the console, which hands it to the same ingestion as
 * {@code POST /api/v1/statements}: the same parsing, limits (the edge's statement body limit, the file
 * limit of {@link ParseLimits}) and refusals, channel {@code console}, the person as actor. The page then
 * follows the import live on the statement's page. The CSRF token rides in the form's URL: Tomcat's
 * multipart parsing is off (the controller streams the file out of the counted body), so the token cannot
 * be a form field the security filter reads.
 */
@Hidden
@Controller
@Profile("connectors")
class StatementUpload {
    static final String PATH = "/console/reconciliation/statements";
    private final IngestionPipeline pipeline;

    StatementUpload(IngestionPipeline pipeline) {
        this.pipeline = pipeline;
    }

    @GetMapping("/console/reconciliation/upload")
    String form(@RequestParam(required = false) String profile, Model model) {
        return page(profile, model);
    }

    @PostMapping(PATH)
    String upload(@RequestParam(required = false) String profile, HttpServletRequest request,
                  HttpServletResponse response, Model model) throws IOException {
        try {
            UploadedFile file = UploadedFile.read(request, null);
            List<IngestedStatement> statements = pipeline.ingest(new StatementDelivery(file.fileName(), file.content(),
                    ReportAt.blankToNull(profile), "console", CommandOrigin.from(request)));
            String first = statements.get(0).statementKey();
            return "redirect:" + PATH + "/" + first + (statements.size() > 1 ? "?statements=" + statements.size() : "");
        } catch (RuntimeException failure) {
            response.setStatus(422);
            model.addAttribute("refusal", Refusal.of(failure).orElseThrow(() -> failure));
            return page(profile, model);
        }
    }

    /** {@code profile}: a built-in CSV profile chosen before the upload (it rides in the upload's URL). */
    private static String page(String profile, Model model) {
        model.addAttribute("profiles", CsvProfiles.BUILT_IN);
        // List.of(...).contains(null) throws: no profile asked is none
        model.addAttribute("profile", profile != null && CsvProfiles.BUILT_IN.contains(profile) ? profile : null);
        model.addAttribute("maxBytes", ParseLimits.DEFAULT_MAX_FILE_BYTES);
        return "console/reconciliation/upload";
    }
}
