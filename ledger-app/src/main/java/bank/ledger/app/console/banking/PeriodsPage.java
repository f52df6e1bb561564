package bank.ledger.app.console.banking;

import bank.ledger.app.console.support.Refusal;
import bank.ledger.command.period.PeriodCommandController;
import bank.ledger.command.period.yearend.YearEndClosingController;
import bank.ledger.domain.period.PeriodId;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * Accounting periods (docs/periods.md): the periods closed now, latest first, read from the lock itself;
 * close one; ask to reopen one with a reason (always held for a second person: it shows in the approvals
 * queue); run or reverse a year-end closing. Through the API's own controllers, so the rules, refusals
 * and four-eyes are the API's; the year-end answers are shown as the API's JSON names them.
 */
@Hidden
@Controller
@Profile("command")
class PeriodsPage {
    static final int PAGE_SIZE = 50;
    private final PeriodCommandController periods;
    private final YearEndClosingController yearEnd;
    private final JsonMapper json;

    PeriodsPage(PeriodCommandController periods, YearEndClosingController yearEnd, JsonMapper json) {
        this.periods = periods;
        this.yearEnd = yearEnd;
        this.json = json;
    }

    @GetMapping("/console/periods")
    String list(@RequestParam(required = false) String before, Model model) {
        String cursor = Forms.blankToNull(before, "before", 10);
        model.addAttribute("page", periods.closed(cursor, PAGE_SIZE));
        model.addAttribute("first", cursor == null);
        return "console/banking/periods";
    }

    @PostMapping("/console/periods/close")
    String close(@RequestParam(defaultValue = "") String periodId, HttpServletRequest request,
                 HttpServletResponse response, Model model, RedirectAttributes redirect) {
        return act(() -> "period " + periods.close(period(periodId), request).periodId() + " is closed",
                "close", response, model, redirect);
    }

    @PostMapping("/console/periods/reopen")
    String reopen(@RequestParam(defaultValue = "") String periodId, @RequestParam(defaultValue = "") String reason,
                  HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        return act(() -> "period " + periods.reopen(period(periodId), new PeriodCommandController.ReopenRequest(
                reason), request).periodId() + " is open again", "reopen", response, model, redirect);
    }

    @PostMapping("/console/periods/year-end-closing")
    String yearEnd(@RequestParam(defaultValue = "") String year, @RequestParam(defaultValue = "") String retainedEarningsAccountId,
                   @RequestParam(defaultValue = "") String currency, HttpServletRequest request,
                   HttpServletResponse response, Model model, RedirectAttributes redirect) {
        return act(() -> {
            Map<?, ?> result = json.convertValue(yearEnd.close(year.strip(), new YearEndClosingController.YearEndClosingRequest(
                    retainedEarningsAccountId.strip(), currency.isBlank() ? null : currency.strip()), request), Map.class);
            redirect.addFlashAttribute("closing", result);
            return "year-end closing " + result.get("year") + " " + result.get("currency") + ": " + result.get("outcome");
        }, "yearEnd", response, model, redirect);
    }

    @PostMapping("/console/periods/year-end-closing/reverse")
    String reverseYearEnd(@RequestParam(defaultValue = "") String year, @RequestParam(defaultValue = "") String currency,
                          HttpServletRequest request, HttpServletResponse response, Model model,
                          RedirectAttributes redirect) {
        return act(() -> {
            Map<?, ?> reversal = json.convertValue(yearEnd.reverse(year.strip(),
                    new YearEndClosingController.YearEndReversalRequest(currency.isBlank() ? null : currency.strip()),
                    request), Map.class);
            return "year-end closing " + reversal.get("year") + " " + reversal.get("currency") + ": "
                    + reversal.get("outcome") + (reversal.get("reversalEntryId") == null ? ""
                    : " (" + reversal.get("reversalEntryId") + ")");
        }, "yearEnd", response, model, redirect);
    }

    /**
     * The period named, checked before it is sent: a form body can carry what a URL path cannot (a NUL byte,
     * which the API's firewall refuses in {@code /periods/{id}}), and the command loads the period's stream
     * by that name before its handler parses it.
     */
    private static String period(String text) {
        return PeriodId.parse(text.strip(), "periodId").value();
    }

    /**
     * Done: back to the list with what happened (post, redirect, get). Refused: the list again with the
     * refusal beside the form that caused it ({@code form}), 422; a reopening held for a second person is
     * a notice with the approval's link, not an error.
     */
    private String act(Supplier<String> action, String form, HttpServletResponse response, Model model,
                       RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("done", action.get());
            return "redirect:/console/periods";
        } catch (RuntimeException failure) {
            Refusal refusal = Refusal.of(failure).orElseThrow(() -> failure);
            if (refusal.held()) {
                redirect.addFlashAttribute("held", refusal);
                return "redirect:/console/periods";
            }
            response.setStatus(refusal.formStatus());
            model.addAttribute("refusal", refusal);
            model.addAttribute("refusedForm", form);
            return list(null, model);
        }
    }
}
