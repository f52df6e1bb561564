package bank.ledger.query.accountstatement;

import bank.ledger.domain.period.PeriodId;
import bank.ledger.query.QueryParams;
import bank.ledger.domain.money.MoneyFormat;
import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import bank.ledger.query.api.AccountStatementView;
import bank.ledger.query.api.BalanceAtView;
import bank.ledger.query.api.DailyBalancesView;
import bank.ledger.query.api.FindDailyBalances;
import bank.ledger.query.api.FindAccountStatement;
import bank.ledger.query.api.FindBalanceAt;
import bank.ledger.query.api.LineKey;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Statements (JSON pages and CSV download) and time travel: balance at a date, as known at a time. */
@RestController
@Profile("query")
@RequestMapping("/api/v1/accounts/{id}")
public class AccountStatementController {
    /** A CSV download holds at most this many lines; longer periods are split by the client. */
    static final int CSV_LINES_MAX = 50_000;
    private final QueryGateway queries;

    public AccountStatementController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/statement")
    public AccountStatementResponse statement(@PathVariable String id, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String asKnownAt,
            @RequestParam(required = false) String after,
            @RequestParam(defaultValue = "" + FindAccountStatement.PAGE_SIZE_DEFAULT) int pageSize,
            @RequestParam(required = false) String period) {
        QueryParams.pageSize(pageSize, FindAccountStatement.PAGE_SIZE_MAX);
        String[] range = range(period, from, to);
        return AccountStatementResponse.of(page(id, range[0], range[1], asKnownAt, QueryParams.lineKey(after),
                pageSize));
    }

    /**
     * An accounting period ({@code 2026-11}, {@code 2026-Q4}, {@code 2026}) stands for its first and last day,
     * so its statement opens with the balance carried forward; {@code from} and {@code to} then are ignored.
     */
    private static String[] range(String period, String from, String to) {
        if (period == null) {
            return new String[] {from, to};
        }
        PeriodId id = PeriodId.parse(period, "period");
        return new String[] {id.firstDay().toString(), id.lastDay().toString()};
    }

    /** The dated form, as the console downloads it. */
    public ResponseEntity<String> statementCsv(String id, String from, String to, String asKnownAt) {
        return statementCsv(id, from, to, asKnownAt, null);
    }

    @GetMapping(value = "/statement.csv", produces = "text/csv")
    public ResponseEntity<String> statementCsv(@PathVariable String id, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String asKnownAt,
            @RequestParam(required = false) String period) {
        String[] range = range(period, from, to);
        AccountStatementResponse first = AccountStatementResponse.of(page(id, range[0], range[1], asKnownAt, null,
                FindAccountStatement.PAGE_SIZE_MAX));
        List<AccountStatementResponse.Line> lines = new ArrayList<>(first.lines());
        AccountStatementResponse current = first;
        while (current.next() != null) {
            if (lines.size() >= CSV_LINES_MAX) {
                throw LedgerRefusal.of(RefusalCode.INVALID_FIELD, "to",
                        "the period has more than " + CSV_LINES_MAX + " lines; download it in shorter periods");
            }
            current = AccountStatementResponse.of(page(id, range[0], range[1], asKnownAt, QueryParams.lineKey(current.next()),
                    FindAccountStatement.PAGE_SIZE_MAX));
            lines.addAll(current.lines());
        }
        String filename = "statement-" + first.from() + "-" + first.to() + ".csv";
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + filename + "\"")
                .body(AccountStatementCsv.of(first, lines));
    }

    @GetMapping("/balance-at")
    public BalanceAtResponse balanceAt(@PathVariable String id, @RequestParam(required = false) String date,
                                       @RequestParam(required = false) String asKnownAt) {
        BalanceAtView view = queries.query(new FindBalanceAt(id, QueryParams.date(date, "date"),
                        QueryParams.instant(asKnownAt, "asKnownAt")),
                ResponseTypes.optionalInstanceOf(BalanceAtView.class)).join().orElseThrow(() -> notFound(id));
        return BalanceAtResponse.of(view);
    }

    /** One closing balance per day, {@value FindDailyBalances#DAYS_MAX} days at most. */
    @GetMapping("/daily-balances")
    public DailyResponse dailyBalances(@PathVariable String id, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String asKnownAt) {
        LocalDate fromDate = QueryParams.date(from, "from");
        LocalDate toDate = QueryParams.date(to, "to");
        QueryParams.period(fromDate, toDate);
        if (fromDate.plusDays(FindDailyBalances.DAYS_MAX - 1L).isBefore(toDate)) {
            throw LedgerRefusal.of(RefusalCode.INVALID_FIELD, "to",
                    "at most " + FindDailyBalances.DAYS_MAX + " days per request");
        }
        DailyBalancesView v = queries.query(new FindDailyBalances(id, fromDate, toDate,
                        QueryParams.instant(asKnownAt, "asKnownAt")),
                ResponseTypes.optionalInstanceOf(DailyBalancesView.class)).join().orElseThrow(() -> notFound(id));
        String c = v.currency();
        return new DailyResponse(v.accountId(), c, MoneyFormat.format(v.opening(), c), v.days().stream()
                .map(d -> new DailyResponse.Day(d.date(), MoneyFormat.format(d.debits(), c),
                        MoneyFormat.format(d.credits(), c), MoneyFormat.format(d.closing(), c))).toList());
    }

    /** The daily history as decimal strings. */
    public record DailyResponse(String accountId, String currency, String openingBalance, List<Day> days) {
        public record Day(LocalDate date, String debits, String credits, String closingBalance) {
        }
    }

    private AccountStatementView page(String id, String from, String to, String asKnownAt, LineKey after,
                                      int pageSize) {
        LocalDate fromDate = QueryParams.date(from, "from");
        LocalDate toDate = QueryParams.date(to, "to");
        QueryParams.period(fromDate, toDate);
        Instant knownAt = QueryParams.instant(asKnownAt, "asKnownAt");
        return queries.query(new FindAccountStatement(id, fromDate, toDate, knownAt, after, pageSize),
                ResponseTypes.optionalInstanceOf(AccountStatementView.class)).join().orElseThrow(() -> notFound(id));
    }

    private static LedgerRefusal notFound(String id) {
        return LedgerRefusal.of(RefusalCode.ACCOUNT_NOT_FOUND, "id", "no account " + id);
    }

    /** Totals at a date as decimal strings; {@code balance} is on the account's normal side. */
    public record BalanceAtResponse(String accountId, String currency, LocalDate date, Instant asKnownAt,
                                    String debitsPosted, String creditsPosted, String debitsPending,
                                    String creditsPending, String balance) {
        static BalanceAtResponse of(BalanceAtView v) {
            String c = v.currency();
            return new BalanceAtResponse(v.accountId(), c, v.date(), v.asKnownAt(),
                    MoneyFormat.format(v.debitsPosted(), c), MoneyFormat.format(v.creditsPosted(), c),
                    MoneyFormat.format(v.debitsPending(), c), MoneyFormat.format(v.creditsPending(), c),
                    MoneyFormat.format(v.balance(), c));
        }
    }
}
