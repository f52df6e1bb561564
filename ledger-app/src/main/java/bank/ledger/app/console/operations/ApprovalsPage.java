package bank.ledger.app.console.operations;

import bank.ledger.app.console.support.Refusal;
import bank.ledger.app.console.support.ReportAt;
import bank.ledger.app.security.approval.ApprovalController;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.context.annotation.Profile;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Checkers: the requests four-eyes holds, oldest first, to approve or reject. Deciding goes through the
 * API's own approval service, so every rule (another person, still permitted, not expired) applies here too.
 */
@Hidden
@Controller
@Profile("command")
class ApprovalsPage {
    static final int PAGE_SIZE = 50;
    private final ApprovalController approvals;

    ApprovalsPage(ApprovalController approvals) {
        this.approvals = approvals;
    }

    @GetMapping("/console/operations/approvals")
    String pending(@RequestParam(required = false) String after, @RequestParam(required = false) String held,
                   Model model) {
        model.addAttribute("page", approvals.pending(ReportAt.blankToNull(after), PAGE_SIZE));
        model.addAttribute("held", held);
        return "console/operations/approvals";
    }

    @PostMapping("/console/operations/approvals/{id}/approve")
    String approve(@PathVariable String id, Authentication checker, RedirectAttributes redirect) {
        return decide(() -> approvals.approve(id, checker), id, "approved", redirect);
    }

    @PostMapping("/console/operations/approvals/{id}/reject")
    String reject(@PathVariable String id, Authentication checker, RedirectAttributes redirect) {
        return decide(() -> approvals.reject(id, checker), id, "rejected", redirect);
    }

    private static String decide(Runnable decision, String id, String outcome, RedirectAttributes redirect) {
        try {
            decision.run();
            redirect.addFlashAttribute("decided", id + " " + outcome);
        } catch (RuntimeException failure) {
            redirect.addFlashAttribute("refusal", Refusal.of(failure).orElseThrow(() -> failure));
        }
        return "redirect:/console/operations/approvals";
    }
}
