package bank.ledger.query.report;

import bank.ledger.domain.money.MoneyFormat;
import bank.ledger.query.api.ChartView;
import bank.ledger.query.api.FindChartOfAccounts;
import bank.ledger.query.QueryParams;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/reports/chart-of-accounts}: roll-ups by type and by parent account at a date. */
@RestController
@Profile("query")
public class ChartController {
    private final QueryGateway queries;

    public ChartController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/reports/chart-of-accounts")
    public Response chart(@RequestParam(required = false) String date, @RequestParam(required = false) String asKnownAt,
            @RequestParam(required = false) String after,
            @RequestParam(defaultValue = "" + FindChartOfAccounts.PAGE_SIZE_DEFAULT) int pageSize) {
        QueryParams.pageSize(pageSize, FindChartOfAccounts.PAGE_SIZE_MAX);
        LocalDate day = QueryParams.date(date, "date");
        ChartView view = queries.query(new FindChartOfAccounts(day, QueryParams.instant(asKnownAt, "asKnownAt"), after,
                pageSize), ChartView.class).join();
        return new Response(day, view.byType().stream().map(TypeTotal::of).toList(),
                view.accounts().stream().map(Account::of).toList(), view.nextAfterCode());
    }

    public record Response(LocalDate date, List<TypeTotal> byType, List<Account> accounts, String nextAfterCode) {
        /** The page's {@code items}; {@code accounts} is the old name, kept one version. */
        @JsonProperty("items")
        public List<Account> items() {
            return accounts;
        }

        /** Pass it as {@code after} for the next page, null on the last; {@code nextAfterCode} is the old name. */
        @JsonProperty("nextAfter")
        public String nextAfter() {
            return nextAfterCode;
        }
    }

    public record TypeTotal(String type, String currency, long accounts, String balance) {
        static TypeTotal of(ChartView.TypeTotal t) {
            return new TypeTotal(t.type(), t.currency(), t.accounts(), MoneyFormat.format(t.balance(), t.currency()));
        }
    }

    public record Account(String accountId, String code, String name, String type, String currency,
                          String parentAccountId, String balance, String subtreeBalance, long descendants) {
        static Account of(ChartView.ChartAccount a) {
            String c = a.currency();
            return new Account(a.accountId(), a.code(), a.name(), a.type(), c, a.parentAccountId(),
                    MoneyFormat.format(a.balance(), c), MoneyFormat.format(a.subtreeBalance(), c), a.descendants());
        }
    }
}
