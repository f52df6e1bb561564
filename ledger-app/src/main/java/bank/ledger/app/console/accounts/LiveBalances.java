package bank.ledger.app.console.accounts;

import bank.ledger.app.console.support.Queries;
import bank.ledger.domain.refusal.RefusalCode;
import bank.ledger.query.api.FindHotAccount;
import bank.ledger.query.api.HotAccountView;
import bank.ledger.query.live.BalanceStreams;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.Map;
import java.util.Set;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The account page's balance panel, live: the API's balance stream ({@link BalanceStreams}: an event each
 * time the account's version moves), each event carrying the panel's HTML, which htmx's SSE extension
 * swaps in place. The stream ends after {@value #STREAM_MS} ms; the browser's EventSource reconnects.
 */
@Hidden
@Controller
@Profile("query")
class LiveBalances {
    static final long STREAM_MS = 300_000;
    private final Queries queries;
    private final BalanceStreams streams;
    private final ITemplateEngine templates;

    LiveBalances(Queries queries, BalanceStreams streams, ITemplateEngine templates) {
        this.queries = queries;
        this.streams = streams;
        this.templates = templates;
    }

    @GetMapping(value = "/console/accounts/{id}/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter live(@PathVariable String id) {
        queries.found(new FindHotAccount(id), HotAccountView.class, RefusalCode.ACCOUNT_NOT_FOUND, "account " + id);
        return streams.open(id, STREAM_MS, hot -> panel(Balances.of(hot.account())))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "too many open streams"));
    }

    private String panel(Balances balances) {
        Context context = new Context();
        context.setVariables(Map.of("balances", balances));
        // one line: an SSE data field ends at a line break
        return templates.process("console/accounts/balances", Set.of("panel"), context).replace("\n", " ");
    }
}
