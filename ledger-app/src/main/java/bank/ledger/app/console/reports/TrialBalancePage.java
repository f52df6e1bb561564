package bank.ledger.app.console.reports;

import bank.ledger.app.console.support.Queries;
import bank.ledger.app.console.support.ReportAt;
import bank.ledger.query.api.FindTrialBalance;
import bank.ledger.query.api.TrialBalanceView;
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
        ReportAt at = ReportAt.of(date, asKnownAt, after);
        model.addAttribute("trial", queries.one(new FindTrialBalance(at.date(), at.asKnownAt(), at.after(),
                PAGE_SIZE), TrialBalanceView.class));
        at.addTo(model);
        return "console/reports/trial-balance";
    }
}
