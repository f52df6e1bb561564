package bank.ledger.app.console.reconciliation;

import bank.ledger.app.console.support.Refusal;
import bank.ledger.connectors.ingestion.BankAccountMappings;
import bank.ledger.connectors.web.BankStatementUploadController;
import bank.ledger.domain.refusal.Fields;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Bank account mappings (docs/connectors.md): which ledger account a bank account in a currency is, with its
 * suspense and difference accounts. The list, 50 a page by bank account; a mapping saved (added or changed)
 * through the API's own {@code POST /api/v1/bank-account-mappings}, so its checks (accounts usable, in the
 * mapping's currency) are the API's.
 */
@Hidden
@Controller
@Profile("connectors")
class MappingsPage {
    static final int PAGE_SIZE = 50;
    /** The next page's keyset: the last row's bank account and currency. */
    private static final Pattern CURSOR = Pattern.compile("(.{1,64})~([A-Z]{3})");
    private final BankAccountMappings mappings;
    private final BankStatementUploadController api;

    MappingsPage(BankAccountMappings mappings, BankStatementUploadController api) {
        this.mappings = mappings;
        this.api = api;
    }

    @GetMapping("/console/reconciliation/mappings")
    String list(@RequestParam(required = false) String after, Model model) {
        String cursor = after == null || after.isBlank() ? null : after;
        Matcher keyset = cursor == null ? null : CURSOR.matcher(cursor);
        if (keyset != null && !keyset.matches()) {
            throw Fields.invalid("after", "after is the next-page link of the page before");
        }
        if (cursor != null) {
            Fields.requireLength(cursor, "after", 80);
        }
        List<BankAccountMappings.Mapping> page = keyset == null ? mappings.page(null, null, PAGE_SIZE)
                : mappings.page(keyset.group(1), keyset.group(2), PAGE_SIZE);
        BankAccountMappings.Mapping last = page.size() == PAGE_SIZE ? page.get(page.size() - 1) : null;
        model.addAttribute("mappings", page);
        model.addAttribute("first", cursor == null);
        model.addAttribute("nextAfter", last == null ? null : last.bankAccount() + "~" + last.currency().strip());
        return "console/reconciliation/mappings";
    }

    @PostMapping("/console/reconciliation/mappings")
    String save(@RequestParam(defaultValue = "") String bankAccount, @RequestParam(defaultValue = "") String currency,
                @RequestParam(defaultValue = "") String ledgerAccountId,
                @RequestParam(defaultValue = "") String suspenseAccountId,
                @RequestParam(defaultValue = "") String differenceAccountId, HttpServletResponse response, Model model,
                RedirectAttributes redirect) {
        try {
            BankAccountMappings.Mapping saved = api.map(new BankAccountMappings.Mapping(blank(bankAccount),
                    blank(currency), blank(ledgerAccountId), blank(suspenseAccountId), blank(differenceAccountId)));
            redirect.addFlashAttribute("done", "bank account " + saved.bankAccount() + " in " + saved.currency()
                    + " is ledger account " + saved.ledgerAccountId());
            return "redirect:/console/reconciliation/mappings";
        } catch (RuntimeException failure) {
            Refusal refusal = Refusal.of(failure).orElseThrow(() -> failure);
            response.setStatus(refusal.formStatus());
            model.addAttribute("refusal", refusal);
            return list(null, model);
        }
    }

    private static String blank(String text) {
        return text.isBlank() ? null : text.strip();
    }
}
