package bank.ledger.app.console.banking;

import bank.ledger.app.console.support.Dates;
import bank.ledger.app.console.support.Refusal;
import bank.ledger.command.fx.FxRateImportController;
import bank.ledger.connectors.web.UploadedFile;
import bank.ledger.domain.refusal.Fields;
import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import bank.ledger.projections.readmodel.FxRateTable;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The rate table (docs/currencies.md): every stored rate, newest effective day first, 50 a page, optionally
 * only those effective on or before a day; and the import of a CSV file through the API's own controller
 * ({@code POST /api/v1/fx-rates/imports}): all or nothing, each bad line named in the one
 * {@code invalidRateFile} refusal, listed line by line beside the form. The file comes as the statement
 * upload's does (multipart, read by {@link UploadedFile}, the CSRF token and the import's id and source in
 * the URL); the id is made when the page is shown, so sending the same page twice imports once.
 */
@Hidden
@Controller
@Profile("command & query")
class FxRatesPage {
    static final int PAGE_SIZE = 50;
    static final String IMPORT_PATH = "/console/fx-rates/imports";
    /** The keyset of the next page: the last row's effective day, base and quote. */
    private static final Pattern CURSOR = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})~([A-Z]{3})~([A-Z]{3})");
    private static final Pattern LINE = Pattern.compile("(?=line \\d+: )");
    private final FxRateTable rates;
    private final FxRateImportController imports;

    FxRatesPage(JdbcTemplate jdbc, FxRateImportController imports) {
        this.rates = new FxRateTable(jdbc);
        this.imports = imports;
    }

    @GetMapping("/console/fx-rates")
    String table(@RequestParam(required = false) String on, @RequestParam(required = false) String after,
                 @RequestParam(required = false) String source, Model model) {
        LocalDate day = Dates.optional(Forms.blankToNull(on, "on", 10), "on");
        List<FxRateTable.Rate> page = rates.page(day, cursor(Forms.blankToNull(after, "after", 20)), PAGE_SIZE);
        FxRateTable.Rate last = page.size() == PAGE_SIZE ? page.get(page.size() - 1) : null;
        model.addAttribute("rates", page);
        model.addAttribute("on", day);
        model.addAttribute("first", after == null || after.isBlank());
        model.addAttribute("nextAfter", last == null ? null
                : last.effectiveDate() + "~" + last.base().strip() + "~" + last.quote().strip());
        String importSource = Forms.blankToNull(source, "source", 100);
        model.addAttribute("source", importSource == null ? "console" : importSource);
        model.addAttribute("importId", "fx-" + Dates.today() + "-" + UUID.randomUUID().toString().substring(0, 8));
        return "console/banking/fx-rates";
    }

    @PostMapping(IMPORT_PATH)
    String importCsv(@RequestParam(defaultValue = "") String id, @RequestParam(defaultValue = "") String source,
                     HttpServletRequest request, HttpServletResponse response, Model model,
                     RedirectAttributes redirect) throws IOException {
        try {
            Fields.requireText(source, "source", 100);
            String text = new String(read(request), StandardCharsets.UTF_8);
            FxRateImportController.ImportResponse done = imports.importCsv(id, source, text, request).getBody();
            redirect.addFlashAttribute("done", done.rates() + " rates imported as " + done.id()
                    + (done.importedAt() == null ? "" : " at " + done.importedAt()));
            return "redirect:/console/fx-rates";
        } catch (RuntimeException failure) {
            Refusal refusal = Refusal.of(failure).orElseThrow(() -> failure);
            response.setStatus(refusal.formStatus());
            model.addAttribute("refusal", refusal);
            model.addAttribute("refusedLines", lines(refusal));
            return table(null, null, source.isBlank() ? null : source, model);
        }
    }

    /** The file part; a form without one is a file without rates, refused as the API refuses an empty file. */
    private static byte[] read(HttpServletRequest request) throws IOException {
        try {
            return UploadedFile.read(request, "rates.csv").content();
        } catch (LedgerRefusal refusal) {
            if (refusal.code() == RefusalCode.NO_STATEMENT_FOUND) {
                throw LedgerRefusal.of(RefusalCode.INVALID_RATE_FILE, "file", "the form holds no rate file");
            }
            throw refusal;
        }
    }

    /** Each bad line of an {@code invalidRateFile} refusal on its own, as the refusal's detail names them. */
    static List<String> lines(Refusal refusal) {
        if (!RefusalCode.INVALID_RATE_FILE.code().equals(refusal.code()) || refusal.detail() == null) {
            return List.of();
        }
        int start = refusal.detail().indexOf("line ");
        return start < 0 ? List.of() : Arrays.stream(LINE.split(refusal.detail().substring(start)))
                .map(line -> line.replaceAll(";\\s*$", "").strip()).filter(line -> !line.isEmpty()).toList();
    }

    private static FxRateTable.Rate cursor(String after) {
        if (after == null) {
            return null;
        }
        Matcher parts = CURSOR.matcher(after);
        if (!parts.matches()) {
            throw Fields.invalid("after", "after is the nextAfter of the page before");
        }
        return new FxRateTable.Rate(parts.group(2), parts.group(3), Dates.optional(parts.group(1), "after"),
                BigDecimal.ONE, "", "", false);
    }
}
