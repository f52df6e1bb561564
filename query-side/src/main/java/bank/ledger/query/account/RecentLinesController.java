package bank.ledger.query.account;

import bank.ledger.domain.money.MoneyFormat;
import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import bank.ledger.query.api.FindRecentLines;
import bank.ledger.query.api.RecentLinesView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.context.annotation.Profile;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/accounts/{id}/recent-lines}: the account's {@value FindRecentLines#LINES} newest lines,
 * newest first, in recorded order (holds included); header {@code X-Ledger-Read-Source} names the store.
 */
@RestController
@Profile("query")
public class RecentLinesController {
    private final QueryGateway queries;

    public RecentLinesController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/accounts/{id}/recent-lines")
    public ResponseEntity<Response> recentLines(@PathVariable String id) {
        RecentLinesView view = queries.query(new FindRecentLines(id),
                ResponseTypes.optionalInstanceOf(RecentLinesView.class)).join()
                .orElseThrow(() -> LedgerRefusal.of(RefusalCode.ACCOUNT_NOT_FOUND, "id", "no account " + id));
        String c = view.currency();
        return ResponseEntity.ok().header(AccountQueryController.READ_SOURCE, view.source()).body(new Response(
                view.accountId(), c, view.lines().stream().map(l -> new Line(l.sequence(), l.entryId(),
                        l.effectiveDate(), l.recordedAt(), amounts(l.change(), c), amounts(l.totals(), c))).toList()));
    }

    private static Amounts amounts(RecentLinesView.Totals t, String currency) {
        return new Amounts(MoneyFormat.format(t.debitsPosted(), currency), MoneyFormat.format(t.creditsPosted(), currency),
                MoneyFormat.format(t.debitsPending(), currency), MoneyFormat.format(t.creditsPending(), currency));
    }

    public record Response(String accountId, String currency, List<Line> lines) {
    }

    /** {@code change}: what the entry did to the account; {@code totals}: the account's totals after it. */
    public record Line(long sequence, String entryId, LocalDate effectiveDate, Instant recordedAt, Amounts change,
                       Amounts totals) {
    }

    public record Amounts(String debitsPosted, String creditsPosted, String debitsPending, String creditsPending) {
    }
}
