package bank.ledger.app.console.entries;

import bank.ledger.app.console.support.Commands;
import bank.ledger.app.console.support.Dates;
import bank.ledger.app.console.support.Refusal;
import bank.ledger.domain.entry.api.JournalEntryState;
import bank.ledger.domain.entry.api.PostJournalEntry;
import bank.ledger.domain.entry.api.PostPendingEntry;
import bank.ledger.domain.entry.api.ReverseJournalEntry;
import bank.ledger.domain.entry.api.VoidPendingEntry;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Posting an entry or a hold, posting a hold (whole or in part), voiding it, reversing an entry. Every
 * form names the id its command creates, picked when the form was drawn: a double post changes nothing.
 * A refusal comes back beside the form with its code; a command held by four-eyes says so with the approval.
 */
@Hidden
@Controller
@Profile("command")
class EntryForms {
    private final Commands commands;

    EntryForms(Commands commands) {
        this.commands = commands;
    }

    @GetMapping("/console/entries/new")
    String form(@RequestParam(required = false) String accountId, Model model) {
        model.addAttribute("form", EntryForm.blank(accountId));
        return "console/entries/new";
    }

    @PostMapping("/console/entries")
    String post(EntryForm form, HttpServletRequest request, HttpServletResponse response, Model model) {
        PostJournalEntry command = new PostJournalEntry(form.id(), Dates.optional(form.effectiveDate(),
                "effectiveDate"), form.description(), form.hold(), form.postings(), Map.of());
        Commands.Outcome<JournalEntryState> outcome = commands.send(command, request);
        if (outcome.refused() && !outcome.refusal().held()) {
            response.setStatus(422);
            model.addAttribute("form", form);
            model.addAttribute("refusal", outcome.refusal());
            return "console/entries/new";
        }
        return outcome.refused() ? "redirect:/console/operations/approvals?held="
                + outcome.refusal().approvalId() : "redirect:/console/entries/" + form.id() + "?posted";
    }

    /** Blank amounts post the whole hold; amounts on some lines post that much of the hold. */
    @PostMapping("/console/entries/{id}/post")
    String postHold(@PathVariable String id, @RequestParam(name = "accountId", required = false) List<String> accounts,
                    @RequestParam(name = "side", required = false) List<String> sides,
                    @RequestParam(name = "amount", required = false) List<String> amounts,
                    HttpServletRequest request, RedirectAttributes redirect) {
        var postings = EntryForm.lines(accounts, sides, amounts);
        return answer(id, commands.send(new PostPendingEntry(id, postings, null), request), redirect);
    }

    @PostMapping("/console/entries/{id}/void")
    String voidHold(@PathVariable String id, @RequestParam(required = false) String reason,
                    HttpServletRequest request, RedirectAttributes redirect) {
        return answer(id, commands.send(new VoidPendingEntry(id, reason), request), redirect);
    }

    @PostMapping("/console/entries/{id}/reverse")
    String reverse(@PathVariable String id, @RequestParam String reversalId,
                   @RequestParam(required = false) String description, HttpServletRequest request,
                   RedirectAttributes redirect) {
        String newId = reversalId.isBlank() ? UUID.randomUUID().toString() : reversalId;
        Commands.Outcome<JournalEntryState> outcome = commands.send(new ReverseJournalEntry(id, newId, null,
                description, Map.of()), request);
        return outcome.refused() ? answer(id, outcome, redirect) : "redirect:/console/entries/" + newId + "?posted";
    }

    private static String answer(String id, Commands.Outcome<?> outcome, RedirectAttributes redirect) {
        if (outcome.refused()) {
            Refusal refusal = outcome.refusal();
            redirect.addFlashAttribute("refusal", refusal);
        } else {
            redirect.addFlashAttribute("done", true);
        }
        return "redirect:/console/entries/" + id;
    }
}
