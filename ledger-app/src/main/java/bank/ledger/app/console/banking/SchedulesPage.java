package bank.ledger.app.console.banking;

import bank.ledger.app.console.support.Queries;
import bank.ledger.app.schedule.ScheduleController;
import bank.ledger.domain.entry.api.PostingRequest;
import bank.ledger.domain.refusal.RefusalCode;
import bank.ledger.domain.refusal.TextRules;
import bank.ledger.domain.schedule.api.ScheduleStatus;
import bank.ledger.query.api.FindHotAccount;
import bank.ledger.query.api.HotAccountView;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Schedules (docs/schedules.md), read only: the list with each one's status and next run (keyset by id, 50
 * a page, optionally one status), and one schedule with what it posts, its next occurrence and its latest
 * runs (the entry each posted, or why it was skipped). Read through the API's own controller.
 */
@Hidden
@Controller
@Profile("command & query & projections")
class SchedulesPage {
    static final int PAGE_SIZE = 50;
    private final ScheduleController schedules;
    private final Queries queries;

    SchedulesPage(ScheduleController schedules, Queries queries) {
        this.schedules = schedules;
        this.queries = queries;
    }

    @GetMapping("/console/schedules")
    String list(@RequestParam(required = false) ScheduleStatus status, @RequestParam(required = false) String after,
                Model model) {
        String cursor = Forms.blankToNull(after, "after", 128);
        model.addAttribute("page", schedules.list(cursor, status, PAGE_SIZE));
        model.addAttribute("status", status);
        model.addAttribute("statuses", ScheduleStatus.values());
        model.addAttribute("first", cursor == null);
        return "console/banking/schedules";
    }

    @GetMapping("/console/schedules/{id}")
    String schedule(@PathVariable String id, Model model) {
        TextRules.requireId(id, "id");
        ScheduleController.ScheduleDetail detail = schedules.get(id, null);
        model.addAttribute("schedule", detail.schedule());
        model.addAttribute("runs", detail.runs());
        model.addAttribute("currency", currency(detail));
        return "console/banking/schedule";
    }

    /** The currency a run's amount is in: its postings', or the interest-bearing account's. */
    private String currency(ScheduleController.ScheduleDetail detail) {
        List<PostingRequest> postings = detail.schedule().definition().postings();
        if (postings != null && !postings.isEmpty()) {
            return postings.get(0).currency();
        }
        String account = detail.schedule().definition().interest().accountId();
        return queries.found(new FindHotAccount(account), HotAccountView.class, RefusalCode.ACCOUNT_NOT_FOUND,
                "account " + account).account().currency();
    }
}
