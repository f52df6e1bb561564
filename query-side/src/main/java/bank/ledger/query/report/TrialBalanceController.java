package bank.ledger.query.report;

import bank.ledger.domain.money.MoneyFormat;
import bank.ledger.domain.period.PeriodId;
import bank.ledger.query.api.FindPeriodTrialBalance;
import bank.ledger.query.api.FindTrialBalance;
import bank.ledger.query.api.PeriodTrialBalanceView;
import bank.ledger.query.api.TrialBalanceView;
import bank.ledger.query.QueryParams;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/reports/trial-balance}. A trial balance that does not balance is an alarm, not a
 * number: the answer is a 500 problem {@code trialBalanceOutOfBalance} naming the currencies and their
 * totals, the log has an ERROR and the counter {@code ledger.trial_balance.unbalanced} goes up; unless the
 * books balanced a few seconds ago: then the projection is catching up and the answer is a 503 to retry.
 */
@RestController
@Profile("query")
public class TrialBalanceController {
    static final String OUT_OF_BALANCE = "trialBalanceOutOfBalance";
    static final String CATCHING_UP = "readModelCatchingUp";
    /** How long ago a recording has settled in the lines projection (see {@link #settledCut}). */
    static final long SETTLE_MS = 5_000;
    private static final Logger log = LoggerFactory.getLogger(TrialBalanceController.class);
    private final org.axonframework.queryhandling.QueryGateway queries;
    private final MeterRegistry meters;

    private final bank.ledger.projections.readmodel.FxRateTable rates;

    public TrialBalanceController(org.axonframework.queryhandling.QueryGateway queries, MeterRegistry meters,
                                  bank.ledger.query.replica.QueryReads reads) {
        this.queries = queries;
        this.meters = meters;
        this.rates = new bank.ledger.projections.readmodel.FxRateTable(reads.jdbc());
    }

    /** With {@code period} (2026-11, 2026-Q4, 2026): the period form, with balances carried forward; {@code date} is ignored. */
    @GetMapping("/api/v1/reports/trial-balance")
    public ResponseEntity<?> trialBalance(@RequestParam(required = false) String date,
            @RequestParam(required = false) String asKnownAt, @RequestParam(required = false) String after,
            @RequestParam(defaultValue = "" + FindTrialBalance.PAGE_SIZE_DEFAULT) int pageSize,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) String reportingCurrency) {
        QueryParams.pageSize(pageSize, FindTrialBalance.PAGE_SIZE_MAX);
        Instant knownAt = QueryParams.instant(asKnownAt, "asKnownAt");
        if (period != null) {
            PeriodId id = PeriodId.parse(period, "period");
            PeriodTrialBalanceView view = periodView(id, knownAt, after, pageSize);
            List<PeriodTrialBalanceResponse.Totals> unbalanced = view.unbalanced().stream()
                    .map(PeriodTrialBalanceResponse.Totals::of).toList();
            if (unbalanced.isEmpty()) {
                return ResponseEntity.ok(PeriodTrialBalanceResponse.of(view));
            }
            return knownAt == null && periodView(id, settledCut(), after, pageSize).unbalanced().isEmpty()
                    ? catchingUp() : alarm("period " + view.periodId(), view.asKnownAt(), unbalanced);
        }
        LocalDate day = QueryParams.date(date, "date");
        TrialBalanceView view = dateView(day, knownAt, after, pageSize);
        List<Totals> unbalanced = view.unbalanced().stream().map(Totals::of).toList();
        if (!unbalanced.isEmpty()) {
            return knownAt == null && dateView(day, settledCut(), after, pageSize).unbalanced().isEmpty()
                    ? catchingUp() : alarm(String.valueOf(view.date()), view.asKnownAt(), unbalanced);
        }
        // issue 18: the same figures converted into a reporting currency, at the rates of the balance's date
        ReportingCurrency.Reporting reporting = reportingCurrency == null ? null : ReportingCurrency.convert(view,
                reportingCurrency, view.date() != null ? view.date() : LocalDate.now(java.time.ZoneOffset.UTC), rates);
        return ResponseEntity.ok(Response.of(view, reporting));
    }

    private PeriodTrialBalanceView periodView(PeriodId id, Instant knownAt, String after, int pageSize) {
        return queries.query(new FindPeriodTrialBalance(id.value(), id.firstDay(), id.lastDay(), knownAt, after,
                pageSize), PeriodTrialBalanceView.class).join();
    }

    private TrialBalanceView dateView(LocalDate day, Instant knownAt, String after, int pageSize) {
        return queries.query(new FindTrialBalance(day, knownAt, after, pageSize), TrialBalanceView.class).join();
    }

    /**
     * The lines projection writes an entry's debit and credit lines from different segments (each account's
     * lines in order, accounts spread over segments), so "now" can hold one side of an entry for a moment.
     * What was recorded {@value #SETTLE_MS} ms ago has settled unless the projection lags that much (its own
     * alert): books balanced there but not now are catching up, not broken.
     */
    private static Instant settledCut() {
        // on the read replica, "now" is its past: the cut moves back by the staleness bound of this request's reads
        return Instant.now().minusMillis(SETTLE_MS + bank.ledger.query.replica.QueryReads.stalenessMs());
    }

    /** 503 with Retry-After: the client asks again in a moment; no alarm, no counter. */
    private static ResponseEntity<?> catchingUp() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "the read model holds part of an entry just recorded; ask again in a moment");
        problem.setType(URI.create("https://ledger.bank/problems/" + CATCHING_UP));
        problem.setProperty("code", CATCHING_UP);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "1").body(problem);
    }

    private ResponseEntity<?> alarm(String when, Instant asKnownAt, List<?> unbalanced) {
        meters.counter("ledger.trial_balance.unbalanced").increment();
        log.error("ALARM trial balance at {} (as known at {}) does not balance: {}", when, asKnownAt, unbalanced);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "the trial balance does not balance in " + unbalanced.size() + " currencies; operators are alerted");
        problem.setType(URI.create("https://ledger.bank/problems/" + OUT_OF_BALANCE));
        problem.setProperty("code", OUT_OF_BALANCE);
        problem.setProperty("unbalanced", unbalanced);
        return ResponseEntity.internalServerError().body(problem);
    }

    public record Response(LocalDate date, Instant asKnownAt, boolean balanced, List<Totals> currencies,
                           List<Row> accounts, String nextAfterCode,
                           @com.fasterxml.jackson.annotation.JsonInclude(
                                   com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
                           ReportingCurrency.Reporting reporting) {
        static Response of(TrialBalanceView v, ReportingCurrency.Reporting reporting) {
            return new Response(v.date(), v.asKnownAt(), true, v.currencies().stream().map(Totals::of).toList(),
                    v.accounts().stream().map(Row::of).toList(), v.nextAfterCode(), reporting);
        }

        /** The page's {@code items}; {@code accounts} is the old name, kept one version. */
        @JsonProperty("items")
        public List<Row> items() {
            return accounts;
        }

        /** Pass it as {@code after} for the next page, null on the last; {@code nextAfterCode} is the old name. */
        @JsonProperty("nextAfter")
        public String nextAfter() {
            return nextAfterCode;
        }
    }

    public record Totals(String currency, long accounts, String debitBalances, String creditBalances,
                         String difference, boolean balanced) {
        static Totals of(TrialBalanceView.CurrencyTotals t) {
            String c = t.currency();
            return new Totals(c, t.accounts(), MoneyFormat.format(t.debitBalances(), c),
                    MoneyFormat.format(t.creditBalances(), c),
                    MoneyFormat.format(Math.subtractExact(t.debitBalances(), t.creditBalances()), c), t.balanced());
        }
    }

    public record Row(String accountId, String code, String name, String type, String currency, String debit,
                      String credit) {
        static Row of(TrialBalanceView.AccountBalance a) {
            String c = a.currency();
            return new Row(a.accountId(), a.code(), a.name(), a.type(), c, MoneyFormat.format(a.debitBalance(), c),
                    MoneyFormat.format(a.creditBalance(), c));
        }
    }
}
