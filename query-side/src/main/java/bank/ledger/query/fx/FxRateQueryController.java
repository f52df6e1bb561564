package bank.ledger.query.fx;

import bank.ledger.domain.money.Currencies;
import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import bank.ledger.projections.readmodel.FxRateTable;
import bank.ledger.query.QueryParams;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.context.annotation.Profile;
import bank.ledger.query.replica.QueryReads;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/fx-rates?base=&quote=&on=}: the rate in force on a day (the latest effective on or
 * before it; through the inverse pair when only that was imported), and the pair's last stored rates.
 */
@RestController
@Profile("query")
public class FxRateQueryController {
    static final int HISTORY_MAX = 30;
    private final FxRateTable rates;

    public FxRateQueryController(QueryReads reads) {
        this.rates = new FxRateTable(reads.jdbc());
    }

    public record RateResponse(String base, String quote, LocalDate on, String rate, LocalDate effectiveDate,
                               String source, String importId, boolean inverted, List<Stored> history) {
    }

    public record Stored(LocalDate effectiveDate, String rate, String source, String importId) {
    }

    @GetMapping("/api/v1/fx-rates")
    public RateResponse rate(@RequestParam String base, @RequestParam String quote,
                             @RequestParam(required = false) String on) {
        Currencies.exponent(base, "base");
        Currencies.exponent(quote, "quote");
        LocalDate day = on == null ? LocalDate.now(ZoneOffset.UTC) : QueryParams.date(on, "on");
        FxRateTable.Rate rate = rates.inForce(base, quote, day).orElseThrow(() -> LedgerRefusal.of(
                RefusalCode.FX_RATE_NOT_FOUND, "on", "no " + base + "/" + quote + " rate effective on or before " + day));
        List<Stored> history = rates.history(base, quote, day, HISTORY_MAX).stream()
                .map(r -> new Stored(r.effectiveDate(), r.value().toPlainString(), r.source(), r.importId())).toList();
        return new RateResponse(base, quote, day, rate.value().stripTrailingZeros().toPlainString(),
                rate.effectiveDate(), rate.source(), rate.importId(), rate.inverted(), history);
    }
}
