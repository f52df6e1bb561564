package bank.ledger.app.console.accounts;

import bank.ledger.app.console.support.Commands;
import bank.ledger.app.console.support.ReportAt;
import bank.ledger.domain.account.api.AccountFlags;
import bank.ledger.domain.account.api.AccountState;
import bank.ledger.domain.account.api.AccountType;
import bank.ledger.domain.account.api.OpenAccount;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Opening an account. The form carries the account id it will create, picked when the form was drawn, so
 * a second click or a reload of the post opens nothing twice (the command is idempotent on its id).
 */
@Hidden
@Controller
@Profile("command")
class AccountForms {
    private final Commands commands;

    AccountForms(Commands commands) {
        this.commands = commands;
    }

    public record OpenAccountForm(String id, String code, String name, AccountType type, String currency,
                                  String parentAccountId, Boolean debitsMustNotExceedCredits,
                                  Boolean creditsMustNotExceedDebits) {
        static OpenAccountForm blank() {
            return new OpenAccountForm(UUID.randomUUID().toString(), "", "", AccountType.ASSET, "EUR", "", false, false);
        }

        OpenAccount toCommand() {
            String parent = ReportAt.blankToNull(parentAccountId);
            return new OpenAccount(id, code, name, type, currency == null ? null : currency.strip().toUpperCase(),
                    new AccountFlags(Boolean.TRUE.equals(debitsMustNotExceedCredits),
                            Boolean.TRUE.equals(creditsMustNotExceedDebits)), Map.of(), parent);
        }
    }

    @GetMapping("/console/accounts/new")
    String form(Model model) {
        model.addAttribute("form", OpenAccountForm.blank());
        model.addAttribute("types", AccountType.values());
        return "console/accounts/open";
    }

    @PostMapping("/console/accounts")
    String open(@ModelAttribute("form") OpenAccountForm form, HttpServletRequest request,
                HttpServletResponse response, Model model) {
        Commands.Outcome<AccountState> outcome = commands.send(form.toCommand(), request);
        if (outcome.refused()) {
            response.setStatus(422);
            model.addAttribute("refusal", outcome.refusal());
            model.addAttribute("types", AccountType.values());
            return "console/accounts/open";
        }
        return "redirect:/console/accounts/" + outcome.result().accountId() + "?opened";
    }
}
