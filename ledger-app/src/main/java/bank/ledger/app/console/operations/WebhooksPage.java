package bank.ledger.app.console.operations;

import bank.ledger.app.console.support.Refusal;
import bank.ledger.app.console.support.ReportAt;
import bank.ledger.stream.webhook.WebhookController;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Supplier;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Webhooks with their deliveries (pending, delivered, dead) and dead letters, each redelivered on its own
 * or all at once. Through the API's own controller with the console's request, so the ownership rule is
 * the API's: one sees and redelivers one's own webhooks; another's is "not found" ({@code subscriptionNotFound});
 * an administrator sees every one, and acting on someone else's is logged as an operator action.
 */
@Hidden
@Controller
@Profile("projections")
class WebhooksPage {
    static final int PAGE_SIZE = 50;
    private final WebhookController webhooks;

    WebhooksPage(WebhookController webhooks) {
        this.webhooks = webhooks;
    }

    @GetMapping("/console/operations/stream/webhooks")
    String list(@RequestParam(required = false) String after, HttpServletRequest request, Model model) {
        String cursor = ReportAt.blankToNull(after);
        model.addAttribute("page", webhooks.list(cursor == null ? "" : cursor, PAGE_SIZE,
                request.isUserInRole("ADMIN"), request));
        model.addAttribute("first", cursor == null);
        return "console/operations/webhooks";
    }

    @GetMapping("/console/operations/stream/webhooks/{id}")
    String webhook(@PathVariable String id, @RequestParam(defaultValue = "0") long after, HttpServletRequest request,
                   Model model) {
        model.addAttribute("webhook", webhooks.find(id, request));
        model.addAttribute("deadLetters", webhooks.deadLetters(id, Math.max(0, after), PAGE_SIZE, request));
        model.addAttribute("first", after <= 0);
        return "console/operations/webhook";
    }

    @PostMapping("/console/operations/stream/webhooks/{id}/dead-letters/{deliveryId}/redeliver")
    String redeliver(@PathVariable String id, @PathVariable long deliveryId, HttpServletRequest request,
                     RedirectAttributes redirect) {
        return act(() -> {
            webhooks.redeliver(id, deliveryId, request);
            return "dead letter " + deliveryId + " is pending again";
        }, redirect);
    }

    @PostMapping("/console/operations/stream/webhooks/{id}/dead-letters/redeliver")
    String redeliverAll(@PathVariable String id, HttpServletRequest request, RedirectAttributes redirect) {
        return act(() -> webhooks.redeliverAll(id, request).get("redelivered") + " dead letters are pending again",
                redirect);
    }

    private static String act(Supplier<String> action, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("done", action.get());
        } catch (RuntimeException failure) {
            Refusal refusal = Refusal.of(failure).orElseThrow(() -> failure);
            redirect.addFlashAttribute("refusal", refusal);
            // another's webhook is "not found": nothing of it to show, back to one's own list
            if (refusal.code().equals("subscriptionNotFound")) {
                return "redirect:/console/operations/stream/webhooks";
            }
        }
        return "redirect:/console/operations/stream/webhooks/{id}";
    }
}
