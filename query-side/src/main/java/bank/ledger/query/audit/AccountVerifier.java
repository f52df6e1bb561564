package bank.ledger.query.audit;

import bank.ledger.domain.account.api.Balances;
import bank.ledger.query.account.AccountQueries;
import bank.ledger.projections.readmodel.AccountLineTable;
import bank.ledger.projections.readmodel.AccountTable;
import bank.ledger.projections.readmodel.HotAccounts;
import bank.ledger.query.api.AccountVerification;
import bank.ledger.query.api.AccountVerification.Difference;
import bank.ledger.projections.readmodel.AccountRow;
import bank.ledger.query.api.FindAccountDiscrepancies;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.annotation.Profile;
import bank.ledger.query.replica.QueryReads;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Verify: replay an account's events and compare with {@code rm_account}, {@code rm_account_line} and the
 * Redis hash. A read model that has not caught up yet shows as a difference in {@code last_sequence}:
 * verify a settled account, or read the lag endpoint first.
 */
@Component
@Profile("query")
public class AccountVerifier {
    private final EventStore events;
    private final AccountQueries accounts;
    private final HotAccounts hot;
    private final JdbcTemplate jdbc;

    public AccountVerifier(@Lazy EventStore events, AccountQueries accounts, HotAccounts hot, QueryReads reads) {
        this.events = events;
        this.accounts = accounts;
        this.hot = hot;
        this.jdbc = reads.primary(); // compared with the event store: the primary's present, never the replica's past
    }

    @QueryHandler
    public Optional<AccountVerification> handle(FindAccountDiscrepancies query) {
        AccountReplay replay = new AccountReplay();
        DomainEventStream stream = events.readEvents(query.accountId(), 0);
        while (stream.hasNext()) {
            var event = stream.next();
            if (!"Account".equals(event.getType())) {
                return Optional.empty();
            }
            replay.apply(event.getPayload(), event.getSequenceNumber());
        }
        if (replay.events() == 0) {
            return Optional.empty();
        }
        List<String> checked = new ArrayList<>(List.of("events", AccountTable.TABLE, AccountLineTable.TABLE));
        List<Difference> differences = new ArrayList<>();
        Comparison.totals(differences, "events", "sum_of_changes.", replay.currency(), replay.totals(),
                replay.sumOfChanges());
        compareAccount(replay, accounts.onPrimary(query.accountId()), AccountTable.TABLE, differences);
        compareLines(query.accountId(), replay, differences);
        Optional<AccountRow> cached = hot.find(query.accountId());
        if (cached.isPresent()) {
            checked.add("redis");
            compareAccount(replay, cached, "redis", differences);
        }
        return Optional.of(new AccountVerification(query.accountId(), replay.currency(), replay.events(),
                replay.lastSequence(), List.copyOf(checked), List.copyOf(differences)));
    }

    private static void compareAccount(AccountReplay replay, Optional<AccountRow> stored, String readModel,
                                       List<Difference> differences) {
        if (stored.isEmpty()) {
            differences.add(new Difference(readModel, "account", "present", "missing"));
            return;
        }
        AccountRow v = stored.get();
        Comparison.field(differences, readModel, "status", replay.status(), v.status());
        Comparison.field(differences, readModel, "last_sequence", replay.lastSequence(), v.lastSequence());
        Comparison.totals(differences, readModel, "", replay.currency(), replay.totals(), new Balances(v.debitsPosted(), v.creditsPosted(), v.debitsPending(), v.creditsPending()));
    }

    private void compareLines(String accountId, AccountReplay replay, List<Difference> differences) {
        jdbc.query("select count(*), " + AccountLineTable.sumsOfChanges() + " from " + AccountLineTable.TABLE
                + " where " + AccountLineTable.ACCOUNT_ID + " = ?", rs -> {
            Comparison.field(differences, AccountLineTable.TABLE, "lines", replay.balanceChanges(), rs.getLong(1));
            Comparison.totals(differences, AccountLineTable.TABLE, "sum_of_changes.", replay.currency(), replay.totals(),
                    new Balances(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
        }, accountId);
    }
}
