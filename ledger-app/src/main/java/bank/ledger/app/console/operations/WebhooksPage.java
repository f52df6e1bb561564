package bank.ledger.app.console.operations;

import bank.ledger.app.console.support.Refusal;
import bank.ledger.app.console.support.ReportAt;
import bank.ledger.stream.webhook.WebhookController;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
 * an administrator sees every one, and acting on someone else's is logged as an operator action. A webhook
 * is created (its secret shown once) and deleted through the same controller.
 */
@Hidden
@Controller
@Profile("projections")
class WebhooksPage {
    static final int PAGE_SIZE = 50;
    /** A filter list typed into one field: far beyond any legitimate list of event types or account ids. */
    static final int LIST_CHARS_MAX = 4000;
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

    /**
     * A new webhook through the API's own create (same URL checks, filter, limits; the caller owns it). The
     * answer is rendered at once and never stored: its secret is shown this once (no-store), as the API does.
     */
    @PostMapping("/console/operations/stream/webhooks")
    String create(@RequestParam(defaultValue = "") String url, @RequestParam(defaultValue = "") String eventTypes,
                  @RequestParam(defaultValue = "") String accountIds, @RequestParam(required = false) Integer maxAttempts,
                  HttpServletRequest request, HttpServletResponse response, Model model) {
        try {
            Map<String, Object> created = webhooks.create(new WebhookController.CreateWebhook(url.strip(),
                    listOf(eventTypes), listOf(accountIds), maxAttempts), request);
            response.setHeader("Cache-Control", "no-store");
            response.setStatus(201);
            model.addAttribute("created", created);
            return "console/operations/webhook-created";
        } catch (RuntimeException failure) {
            response.setStatus(422);
            model.addAttribute("refusal", Refusal.of(failure).orElseThrow(() -> failure));
            return list(null, request, model);
        }
    }

    @PostMapping("/console/operations/stream/webhooks/{id}/delete")
    String delete(@PathVariable String id, HttpServletRequest request, RedirectAttributes redirect) {
        try {
            webhooks.delete(id, request);
            redirect.addFlashAttribute("done", "webhook " + id + " deleted: nothing more is sent to it");
        } catch (RuntimeException failure) {
            redirect.addFlashAttribute("refusal", Refusal.of(failure).orElseThrow(() -> failure));
        }
        return "redirect:/console/operations/stream/webhooks";
    }

    /** A form's comma-separated list (event types, account ids); blank is none: every one. */
    private static List<String> listOf(String text) {
        if (text.isBlank()) {
            return null;
        }
        if (text.length() > LIST_CHARS_MAX) {
            throw bank.ledger.domain.refusal.Fields.invalid("eventTypes", "at most " + LIST_CHARS_MAX + " characters");
        }
        return Arrays.stream(text.split(",")).map(String::strip).filter(item -> !item.isEmpty()).toList();
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
