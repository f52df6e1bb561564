package bank.ledger.command.fx;

import bank.ledger.command.approval.LedgerCommandGateway;
import bank.ledger.command.consistency.ReadModelBarrier;
import bank.ledger.command.dispatch.CommandOrigin;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/fx-revaluations} and its reversal per period ({@link FxRevaluation}). */
@RestController
@Profile("command")
@EnableConfigurationProperties(FxProperties.class)
public class FxRevaluationController {
    private final FxRevaluation revaluation;

    public FxRevaluationController(LedgerCommandGateway commands, JdbcTemplate jdbc, FxProperties settings,
                                   ReadModelBarrier readModels) {
        this.revaluation = new FxRevaluation(commands, new FxRevaluationReads(jdbc), settings, readModels);
    }

    /**
     * Body of {@code POST /api/v1/fx-revaluations}; {@code reportingCurrency} defaults to ledger.fx.reporting-currency,
     * {@code accountIds} (optional) limits the run to those accounts (FX clearing accounts are never revalued).
     */
    public record RevaluationRequest(String period, String reportingCurrency, String adjustmentAccountId,
                                     String gainAccountId, String lossAccountId, List<String> accountIds) {
    }

    public record RevaluationResponse(String period, String reportingCurrency, java.time.LocalDate date,
                                      List<FxRevaluation.Line> accounts) {
    }

    public record ReversalResponse(String period, String reportingCurrency, List<String> reversalEntryIds) {
    }

    @PostMapping("/api/v1/fx-revaluations")
    public RevaluationResponse revalue(@RequestBody RevaluationRequest body, HttpServletRequest request) {
        FxRevaluation.Result result = revaluation.run(new FxRevaluation.Request(body.period(), body.reportingCurrency(),
                body.adjustmentAccountId(), body.gainAccountId(), body.lossAccountId(), body.accountIds()),
                CommandOrigin.from(request));
        return new RevaluationResponse(result.period(), result.reportingCurrency(), result.date(), result.accounts());
    }

    @PostMapping("/api/v1/fx-revaluations/{period}/reverse")
    public ReversalResponse reverse(@PathVariable String period,
                                    @RequestParam(required = false) String reportingCurrency,
                                    HttpServletRequest request) {
        List<String> ids = revaluation.reverse(period, reportingCurrency, CommandOrigin.from(request));
        return new ReversalResponse(period, revaluation.reporting(reportingCurrency), ids);
    }
}
