package bank.ledger.app.console.accounts;

import bank.ledger.app.console.support.Queries;
import bank.ledger.app.console.support.ReportAt;
import bank.ledger.query.api.ChartView;
import bank.ledger.query.api.FindChartOfAccounts;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The chart of accounts: roll-ups by type per currency, then the accounts in code order with their subtrees. */
@Hidden
@Controller
@Profile("query")
class ChartPage {
    static final int PAGE_SIZE = 50;
    private final Queries queries;

    ChartPage(Queries queries) {
        this.queries = queries;
    }

    @GetMapping("/console/accounts")
    String chart(@RequestParam(required = false) String date, @RequestParam(required = false) String asKnownAt,
                 @RequestParam(required = false) String after, Model model) {
        ReportAt at = ReportAt.of(date, asKnownAt, after);
        model.addAttribute("chart", queries.one(new FindChartOfAccounts(at.date(), at.asKnownAt(), at.after(),
                PAGE_SIZE), ChartView.class));
        at.addTo(model);
        return "console/accounts/chart";
    }
}
