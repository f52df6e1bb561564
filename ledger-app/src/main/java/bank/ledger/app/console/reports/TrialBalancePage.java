package bank.ledger.app.console.reports;

import bank.ledger.app.console.support.Queries;
import bank.ledger.app.console.support.Dates;
import bank.ledger.query.api.FindTrialBalance;
import bank.ledger.query.api.TrialBalanceView;
import bank.ledger.query.statement.QueryParams;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The trial balance at a date: per currency, debit balances against credit balances, and the accounts. */
@Hidden
@Controller
@Profile("query")
class TrialBalancePage {
    static final int PAGE_SIZE = 50;
    private final Queries queries;

    TrialBalancePage(Queries queries) {
        this.queries = queries;
    }

    @GetMapping("/console/reports/trial-balance")
    String trialBalance(@RequestParam(required = false) String date, @RequestParam(required = false) String asKnownAt,
                        @RequestParam(required = false) String after, Model model) {
        String afterCode = after == null || after.isBlank() ? null : after.strip();
        TrialBalanceView view = queries.one(new FindTrialBalance(Dates.or(date, "date", Dates.today()),
                QueryParams.instant(asKnownAt, "asKnownAt"), afterCode, PAGE_SIZE), TrialBalanceView.class);
        model.addAttribute("trial", view);
        model.addAttribute("date", view.date());
        model.addAttribute("asKnownAt", asKnownAt);
        model.addAttribute("first", afterCode == null);
        return "console/reports/trial-balance";
    }
}
