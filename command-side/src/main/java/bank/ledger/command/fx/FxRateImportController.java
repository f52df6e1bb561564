package bank.ledger.command.fx;

import bank.ledger.command.approval.LedgerCommandGateway;
import bank.ledger.command.dispatch.CommandOrigin;
import bank.ledger.domain.fx.api.FxRateQuote;
import bank.ledger.domain.fx.api.FxRatesImportState;
import bank.ledger.domain.fx.api.ImportFxRates;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Rate-table imports (docs/currencies.md): as JSON, or as a CSV file. Each import is one
 * {@code FxRatesImported} event, idempotent by the client's id. Reads are the query side's.
 */
@RestController
@Profile("command")
public class FxRateImportController {
    private final LedgerCommandGateway commands;

    public FxRateImportController(LedgerCommandGateway commands) {
        this.commands = commands;
    }

    /** Body of {@code POST /api/v1/fx-rates}. */
    public record ImportRequest(String id, String source, List<FxRateQuote> rates) {
    }

    /** What an import recorded. */
    public record ImportResponse(String id, String source, String format, int rates, Instant importedAt) {
        static ImportResponse of(FxRatesImportState state) {
            return new ImportResponse(state.importId(), state.source(), state.format(), state.rates(),
                    state.importedAt());
        }
    }

    /** 201 with the import; 200 when it is an identical retry. */
    @PostMapping("/api/v1/fx-rates")
    public ResponseEntity<ImportResponse> importJson(@RequestBody ImportRequest body, HttpServletRequest request) {
        return answer(commands.send(new ImportFxRates(body.id(), body.source(), "json", body.rates()),
                CommandOrigin.from(request)));
    }

    /** The same from a CSV file ({@link FxRateCsv}); the id and source are query parameters. */
    @PostMapping(path = "/api/v1/fx-rates/imports", consumes = {"text/csv", "text/plain"})
    public ResponseEntity<ImportResponse> importCsv(@RequestParam String id, @RequestParam String source,
                                                    @RequestBody String body, HttpServletRequest request) {
        List<FxRateQuote> rates = FxRateCsv.parse(body);
        return answer(commands.send(new ImportFxRates(id, source, "csv", rates), CommandOrigin.from(request)));
    }

    private static ResponseEntity<ImportResponse> answer(FxRatesImportState state) {
        ImportResponse response = ImportResponse.of(state);
        return state.replayed() ? ResponseEntity.ok(response)
                : ResponseEntity.status(org.springframework.http.HttpStatus.CREATED).body(response);
    }
}
