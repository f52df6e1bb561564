package bank.ledger.app.console.audit;

import bank.ledger.app.console.support.Queries;
import bank.ledger.app.console.support.Refusal;
import bank.ledger.app.console.support.ReportAt;
import bank.ledger.domain.refusal.LedgerCalendar;
import bank.ledger.domain.refusal.RefusalCode;
import bank.ledger.projections.readmodel.AccountRow;
import bank.ledger.query.QueryParams;
import bank.ledger.query.api.AccountStatementView;
import bank.ledger.query.api.BalanceAtView;
import bank.ledger.query.api.EventHistoryView;
import bank.ledger.query.api.FindAccountStatement;
import bank.ledger.query.api.FindBalanceAt;
import bank.ledger.query.api.FindEventHistory;
import bank.ledger.query.api.FindHotAccount;
import bank.ledger.query.api.HotAccountView;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The time slider, for auditors: an account as the books knew it at a past moment (every effective date,
 * only what was recorded by then), through the same "as known at" reads as the API's balance-at and
 * statement. The page's URL carries the moment ({@code ?at=}); moving the slider fetches just the figures
 * (htmx) and puts the moment's URL in the address bar, so any moment seen can be bookmarked or sent.
 */
@Hidden
@Controller
@Profile("query")
class AsKnownAtPage {
    static final int PAGE_SIZE = 50;
    static final int TICKS_MAX = 50;
    private final Queries queries;
    private final Clock clock;

    AsKnownAtPage(Queries queries) {
        this.queries = queries;
        this.clock = Clock.systemUTC();
    }

    @GetMapping("/console/audit/accounts/{id}/as-known-at")
    String page(@PathVariable String id, @RequestParam(required = false) String at,
                @RequestParam(required = false) String after, Model model) {
        AccountRow account = account(id);
        Instant now = clock.instant();
        fill(model, account, Moment.of(at, null, false, now), ReportAt.blankToNull(after), now);
        model.addAttribute("ticks", ticks(id));
        return "console/audit/as-known-at";
    }

    /**
     * The figures alone, for the slider and the moment field. A refused moment is shown in place of the
     * figures (htmx swaps only 2xx answers); the full page answers it 400 like every refused read.
     */
    @GetMapping("/console/audit/accounts/{id}/as-known-at/view")
    String view(@PathVariable String id, @RequestParam(required = false) String at,
                @RequestParam(required = false) String epochSecond,
                @RequestHeader(name = "HX-Trigger-Name", required = false) String trigger,
                Model model, HttpServletResponse response) {
        AccountRow account = account(id);
        Instant now = clock.instant();
        boolean fromSlider = "epochSecond".equals(trigger);
        model.addAttribute("fromSlider", fromSlider);
        try {
            Moment moment = Moment.of(at, epochSecond, fromSlider, now);
            fill(model, account, moment, null, now);
            response.setHeader("HX-Push-Url", UriComponentsBuilder
                    .fromPath("/console/audit/accounts/{id}/as-known-at").queryParam("at", moment.text())
                    .buildAndExpand(id).encode().toUriString());
        } catch (RuntimeException failure) {
            model.addAttribute("account", account);
            model.addAttribute("refusal", Refusal.of(failure).orElseThrow(() -> failure));
        }
        return "console/audit/as-known-at :: update";
    }

    private void fill(Model model, AccountRow account, Moment moment, String after, Instant now) {
        String id = account.accountId();
        BalanceAtView balance = queries.found(new FindBalanceAt(id, LedgerCalendar.LAST_DATE, moment.at()),
                BalanceAtView.class, RefusalCode.ACCOUNT_NOT_FOUND, "account " + id);
        AccountStatementView statement = queries.found(new FindAccountStatement(id, LedgerCalendar.FIRST_DATE,
                LedgerCalendar.LAST_DATE, moment.at(), QueryParams.lineKey(after), PAGE_SIZE),
                AccountStatementView.class, RefusalCode.ACCOUNT_NOT_FOUND, "account " + id);
        model.addAttribute("account", account);
        model.addAttribute("moment", moment);
        model.addAttribute("balance", balance);
        model.addAttribute("statement", statement);
        model.addAttribute("first", after == null);
        model.addAttribute("slider", Slider.of(account.openedAt(), now, moment.at()));
    }

    private AccountRow account(String id) {
        return queries.found(new FindHotAccount(id), HotAccountView.class, RefusalCode.ACCOUNT_NOT_FOUND,
                "account " + id).account();
    }

    /** The moments the account's first events were recorded: marks on the slider where something changed. */
    private java.util.List<Long> ticks(String id) {
        EventHistoryView history = queries.found(new FindEventHistory("Account", id, -1, TICKS_MAX),
                EventHistoryView.class, RefusalCode.ACCOUNT_NOT_FOUND, "account " + id);
        return history.events().stream().map(e -> e.recordedAt().getEpochSecond()).distinct().toList();
    }

    /** The slider's range: from the account's opening to now (the second after, so "now" misses nothing). */
    public record Slider(long min, long max, long value) {
        static Slider of(Instant opened, Instant now, Instant at) {
            long max = now.getEpochSecond() + 1;
            long min = Math.min(opened == null ? max : opened.getEpochSecond(), max);
            return new Slider(min, max, Math.max(min, Math.min(max, at.getEpochSecond())));
        }
    }
}
