package bank.ledger.app.console.operations;

import bank.ledger.app.console.support.Refusal;
import bank.ledger.app.console.support.ReportAt;
import bank.ledger.domain.refusal.Fields;
import bank.ledger.query.QueryParams;
import bank.ledger.stream.StreamStatusController;
import bank.ledger.stream.replay.ReplayController;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Integrators and operators: the event stream's channels (each processor's position and lag behind the
 * head) and the replays into a consumer's own queue, started from a position or a time, with their
 * progress refreshing every two seconds. The same controllers the API's routes are, called with the
 * console's request: the same ownership (one's own replays; an administrator sees and acts on all), the
 * same checks and refusal codes.
 */
@Hidden
@Controller
@Profile("projections")
class StreamPage {
    static final int PAGE_SIZE = 50;
    private final StreamStatusController status;
    private final ReplayController replays;

    StreamPage(StreamStatusController status, ReplayController replays) {
        this.status = status;
        this.replays = replays;
    }

    @GetMapping("/console/operations/stream")
    String stream(@RequestParam(required = false) String after, HttpServletRequest request, Model model) {
        fill(model, after, request);
        return "console/operations/stream";
    }

    /** Just the channels and replays, for the page's periodic refresh. */
    @GetMapping("/console/operations/stream/progress")
    String progress(@RequestParam(required = false) String after, HttpServletRequest request, Model model) {
        fill(model, after, request);
        return "console/operations/stream :: progress";
    }

    @PostMapping("/console/operations/stream/replays")
    String start(@RequestParam(defaultValue = "") String queue, @RequestParam(defaultValue = "") String fromPosition,
                 @RequestParam(defaultValue = "") String fromTime, HttpServletRequest request,
                 RedirectAttributes redirect) {
        try {
            Map<String, Object> started = replays.start(new ReplayController.StartReplay(queue.strip(),
                    position(fromPosition), QueryParams.instant(fromTime, "fromTime"), List.of(), List.of()), request);
            redirect.addFlashAttribute("started", started.get("id"));
        } catch (RuntimeException failure) {
            redirect.addFlashAttribute("refusal", Refusal.of(failure).orElseThrow(() -> failure));
        }
        return "redirect:/console/operations/stream";
    }

    @PostMapping("/console/operations/stream/replays/{id}/cancel")
    String cancel(@PathVariable String id, HttpServletRequest request, RedirectAttributes redirect) {
        try {
            replays.cancel(id, request);
            redirect.addFlashAttribute("cancelled", id);
        } catch (RuntimeException failure) {
            redirect.addFlashAttribute("refusal", Refusal.of(failure).orElseThrow(() -> failure));
        }
        return "redirect:/console/operations/stream";
    }

    private void fill(Model model, String after, HttpServletRequest request) {
        model.addAttribute("status", status.status());
        // administrators see every principal's replays, as the API's all=true shows them
        boolean all = request.isUserInRole("ADMIN");
        model.addAttribute("replays", replays.list(nonNull(ReportAt.blankToNull(after)), PAGE_SIZE, all, request));
        model.addAttribute("after", ReportAt.blankToNull(after));
    }

    private static Long position(String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw Fields.invalid("fromPosition", "fromPosition is a whole number, 1 or more");
        }
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
