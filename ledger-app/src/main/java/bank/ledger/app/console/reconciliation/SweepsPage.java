package bank.ledger.app.console.reconciliation;

import bank.ledger.app.console.support.Refusal;
import bank.ledger.connectors.web.ReconciliationController;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Operators: run now what the reconciliation's background jobs run by themselves, through the API's own
 * {@code POST /api/v1/reconciliation/suspense-runs} and {@code /claim-sweeps}: post the lines older than an
 * age to suspense (all statements, or one), give back claims never recorded as a match.
 */
@Hidden
@Controller
@Profile("connectors")
class SweepsPage {
    private final ReconciliationController api;

    SweepsPage(ReconciliationController api) {
        this.api = api;
    }

    @GetMapping("/console/reconciliation/sweeps")
    String page() {
        return "console/reconciliation/sweeps";
    }

    @PostMapping("/console/reconciliation/suspense-runs")
    String suspense(@RequestParam(required = false) Long olderThanSeconds,
                    @RequestParam(defaultValue = "") String statementKey, HttpServletResponse response, Model model,
                    RedirectAttributes redirect) {
        return act(() -> api.suspense(new ReconciliationController.SuspenseRun(olderThanSeconds,
                statementKey.isBlank() ? null : statementKey.strip())).posted() + " line(s) posted to suspense",
                "suspense", response, model, redirect);
    }

    @PostMapping("/console/reconciliation/claim-sweeps")
    String sweep(@RequestParam(required = false) Long olderThanSeconds, HttpServletResponse response, Model model,
                 RedirectAttributes redirect) {
        return act(() -> api.sweep(new ReconciliationController.ClaimSweep(olderThanSeconds)).released()
                + " stale claim(s) given back", "sweep", response, model, redirect);
    }

    private static String act(Supplier<String> run, String form, HttpServletResponse response, Model model,
                              RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("done", run.get());
            return "redirect:/console/reconciliation/sweeps";
        } catch (RuntimeException failure) {
            response.setStatus(422);
            model.addAttribute("refusal", Refusal.of(failure).orElseThrow(() -> failure));
            model.addAttribute("refusedForm", form);
            return "console/reconciliation/sweeps";
        }
    }
}
