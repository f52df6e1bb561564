package bank.ledger.query.account;

import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import bank.ledger.query.api.AccountPage;
import bank.ledger.query.api.FindAccounts;
import bank.ledger.query.api.FindHotAccount;
import bank.ledger.query.api.HotAccountView;
import bank.ledger.query.live.BalanceStreams;
import bank.ledger.query.representation.AccountResponse;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** Account reads, from the read model: eventually consistent with the commands, usually within milliseconds. */
@RestController
@Profile("query")
@RequestMapping("/api/v1/accounts")
public class AccountQueryController {
    static final String READ_SOURCE = "X-Ledger-Read-Source";
    private final QueryGateway queries;
    private final BalanceStreams streams;

    public AccountQueryController(QueryGateway queries, BalanceStreams streams) {
        this.queries = queries;
        this.streams = streams;
    }

    /** Served from Redis when it has the account; the header {@value #READ_SOURCE} says which store answered. */
    @GetMapping("/{id}")
    public ResponseEntity<AccountResponse> find(@PathVariable String id) {
        HotAccountView hot = queries.query(new FindHotAccount(id), ResponseTypes.optionalInstanceOf(HotAccountView.class))
                .join()
                .orElseThrow(() -> LedgerRefusal.of(RefusalCode.ACCOUNT_NOT_FOUND, "id", "no account " + id));
        return ResponseEntity.ok().header(READ_SOURCE, hot.source()).body(AccountResponse.of(hot.account()));
    }

    /**
     * Server-sent events: the account as {@code GET /{id}} answers it, first at once, then each time its
     * balance or status changes; the stream ends after {@code maxSeconds} (1 to 3600, default 300).
     */
    @GetMapping(value = "/{id}/balance-stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public SseEmitter balanceStream(@PathVariable String id, @RequestParam(defaultValue = "300") int maxSeconds) {
        if (maxSeconds < 1 || maxSeconds > 3600) {
            throw LedgerRefusal.of(RefusalCode.INVALID_FIELD, "maxSeconds", "maxSeconds is between 1 and 3600");
        }
        find(id);
        return streams.open(id, maxSeconds * 1000L, hot -> AccountResponse.of(hot.account()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "too many open streams"));
    }

    /** The chart of accounts in code order, {@code pageSize} at most {@value FindAccounts#PAGE_SIZE_MAX}. */
    @GetMapping
    public AccountResponse.Page list(@RequestParam(required = false) String after,
                                     @RequestParam(defaultValue = "" + FindAccounts.PAGE_SIZE_DEFAULT) int pageSize) {
        if (pageSize < 1 || pageSize > FindAccounts.PAGE_SIZE_MAX) {
            throw LedgerRefusal.of(RefusalCode.INVALID_FIELD, "pageSize",
                    "pageSize is between 1 and " + FindAccounts.PAGE_SIZE_MAX);
        }
        AccountPage page = queries.query(new FindAccounts(after, pageSize), AccountPage.class).join();
        return new AccountResponse.Page(page.accounts().stream().map(AccountResponse::of).toList(),
                page.nextAfterCode());
    }
}
