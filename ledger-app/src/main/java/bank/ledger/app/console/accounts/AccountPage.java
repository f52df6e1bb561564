package bank.ledger.app.console.accounts;

import bank.ledger.app.console.support.Dates;
import bank.ledger.app.console.support.Queries;
import bank.ledger.app.console.support.ReportAt;
import bank.ledger.domain.refusal.RefusalCode;
import bank.ledger.query.api.AccountStatementView;
import bank.ledger.query.api.FindAccountStatement;
import bank.ledger.query.api.FindHotAccount;
import bank.ledger.query.api.HotAccountView;
import bank.ledger.query.QueryParams;
import bank.ledger.query.accountstatement.AccountStatementController;
import io.swagger.v3.oas.annotations.Hidden;
import java.time.LocalDate;
import org.springframework.context.annotation.Profile;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One account: its balances and its statement for a period (running balance, as known at a past time
 * when asked), one page at a time, and the same CSV the API serves.
 */
@Hidden
@Controller
@Profile("query")
class AccountPage {
    static final int PAGE_SIZE = 50;
    private final Queries queries;
    private final AccountStatementController statements;

    AccountPage(Queries queries, AccountStatementController statements) {
        this.queries = queries;
        this.statements = statements;
    }

    @GetMapping("/console/accounts/{id}")
    String account(@PathVariable String id, @RequestParam(required = false) String from,
                   @RequestParam(required = false) String to, @RequestParam(required = false) String asKnownAt,
                   @RequestParam(required = false) String after, Model model) {
        HotAccountView account = queries.found(new FindHotAccount(id), HotAccountView.class,
                RefusalCode.ACCOUNT_NOT_FOUND, "account " + id);
        Period period = Period.of(from, to);
        LocalDate fromDay = period.from();
        LocalDate toDay = period.to();
        AccountStatementView statement = queries.found(new FindAccountStatement(id, fromDay, toDay,
                QueryParams.instant(asKnownAt, "asKnownAt"), QueryParams.lineKey(ReportAt.blankToNull(after)),
                PAGE_SIZE), AccountStatementView.class, RefusalCode.ACCOUNT_NOT_FOUND, "account " + id);
        model.addAttribute("account", account.account());
        model.addAttribute("balances", Balances.of(account.account()));
        model.addAttribute("statement", statement);
        model.addAttribute("from", fromDay);
        model.addAttribute("to", toDay);
        model.addAttribute("asKnownAt", asKnownAt);
        model.addAttribute("first", ReportAt.blankToNull(after) == null);
        return "console/accounts/account";
    }

    /** The API's own CSV (same columns, same line limit), for the period on screen. */
    @GetMapping(value = "/console/accounts/{id}/statement.csv", produces = "text/csv")
    ResponseEntity<String> csv(@PathVariable String id, @RequestParam(required = false) String from,
                               @RequestParam(required = false) String to,
                               @RequestParam(required = false) String asKnownAt) {
        Period period = Period.of(from, to);
        return statements.statementCsv(id, period.from().toString(), period.to().toString(),
                ReportAt.blankToNull(asKnownAt));
    }

    /** The statement's period; without one, from the first of last month to today. */
    record Period(LocalDate from, LocalDate to) {
        static Period of(String from, String to) {
            LocalDate toDay = Dates.or(to, "to", Dates.today());
            LocalDate fromDay = Dates.or(from, "from", toDay.minusMonths(1).withDayOfMonth(1));
            QueryParams.period(fromDay, toDay);
            return new Period(fromDay, toDay);
        }
    }
}
