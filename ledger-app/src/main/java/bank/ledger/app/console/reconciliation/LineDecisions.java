package bank.ledger.app.console.reconciliation;

import bank.ledger.app.console.support.Refusal;
import bank.ledger.app.console.support.ReportAt;
import bank.ledger.command.dispatch.CommandOrigin;
import bank.ledger.connectors.matching.ManualReconciliation;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's decision on a statement line from the worklist: unmatch it, or match it to journal entries
 * (each entry's posting on the line's ledger account, all that is open of it). The same service as the
 * API's {@code /match} and {@code /unmatch}, with the signed-in person as actor and {@code console} as
 * channel; ConsoleSecurityConfiguration asks for the permission the API asks for.
 */
@Hidden
@Controller
@Profile("connectors")
class LineDecisions {
    private final ManualReconciliation decisions;

    LineDecisions(ManualReconciliation decisions) {
        this.decisions = decisions;
    }

    @PostMapping("/console/reconciliation/statements/{key}/match")
    String match(@PathVariable String key, @RequestParam int lineNo, @RequestParam(required = false) String entryIds,
                 @RequestParam(required = false) String reason,
                 @RequestParam(required = false) String differenceAccountId, HttpServletRequest request,
                 RedirectAttributes redirect) {
        List<ManualReconciliation.ItemRef> items = entries(entryIds);
        return decide(redirect, () -> decisions.match(key, lineNo, items, reason, ReportAt.blankToNull(differenceAccountId),
                CommandOrigin.from(request)), STATEMENT);
    }

    @PostMapping("/console/reconciliation/statements/{key}/unmatch")
    String unmatch(@PathVariable String key, @RequestParam int lineNo, @RequestParam(required = false) String reason,
                   HttpServletRequest request, RedirectAttributes redirect) {
        return decide(redirect, () -> decisions.unmatch(key, lineNo, reason, CommandOrigin.from(request)), STATEMENT);
    }

    private static final String STATEMENT = "redirect:/console/reconciliation/statements/{key}";

    /** Back to {@code page}: "done", or the refusal with its code beside the forms; a fault goes on. */
    static String decide(RedirectAttributes redirect, Runnable decision, String page) {
        try {
            decision.run();
            redirect.addFlashAttribute("done", true);
        } catch (RuntimeException failure) {
            redirect.addFlashAttribute("refusal", Refusal.of(failure).orElseThrow(() -> failure));
        }
        return page;
    }

    /** Entry ids separated by commas or spaces; the service bounds how many. */
    private static List<ManualReconciliation.ItemRef> entries(String entryIds) {
        if (entryIds == null || entryIds.isBlank()) {
            return List.of();
        }
        return Arrays.stream(entryIds.strip().split("[,\\s]+", ManualReconciliation.ITEMS_MAX + 1))
                .map(id -> new ManualReconciliation.ItemRef(id, null, null)).toList();
    }
}
