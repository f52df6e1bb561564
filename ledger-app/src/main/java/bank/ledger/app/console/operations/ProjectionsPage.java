package bank.ledger.app.console.operations;

import bank.ledger.app.console.support.Refusal;
import bank.ledger.projections.admin.ProcessorAdmin;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Operators: each projection's position, lag and dead letters, and rebuilds with their progress. The
 * table refreshes itself every two seconds (htmx fetches the fragment), so a rebuild is watched, not polled.
 */
@Hidden
@Controller
@Profile("projections")
class ProjectionsPage {
    private final ProcessorAdmin admin;

    ProjectionsPage(ProcessorAdmin admin) {
        this.admin = admin;
    }

    @GetMapping("/console/operations/projections")
    String projections(Model model) {
        model.addAttribute("processors", admin.names().stream().map(admin::status).toList());
        return "console/operations/projections";
    }

    /** Just the table, for the page's periodic refresh. */
    @GetMapping("/console/operations/projections/table")
    String table(Model model) {
        model.addAttribute("processors", admin.names().stream().map(admin::status).toList());
        return "console/operations/projections :: table";
    }

    @PostMapping("/console/operations/projections/{name}/rebuild")
    String rebuild(@PathVariable String name, RedirectAttributes redirect) {
        try {
            admin.rebuild(name);
            redirect.addFlashAttribute("rebuilding", name);
        } catch (RuntimeException failure) {
            redirect.addFlashAttribute("refusal", Refusal.of(failure).orElseThrow(() -> failure));
        }
        return "redirect:/console/operations/projections";
    }
}
