package bank.ledger.command.entry;

import bank.ledger.command.dispatch.CommandDispatch;
import bank.ledger.command.dispatch.CommandOrigin;
import bank.ledger.domain.account.Account;
import bank.ledger.domain.entry.api.JournalEntryState;
import bank.ledger.domain.entry.api.PostJournalEntry;
import bank.ledger.domain.entry.api.PostingRequest;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.Repository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit for a batch's entries: a group runs in one Axon unit of work and one PostgreSQL transaction,
 * each entry as its own command in a nested unit of work, in the batch's order. Axon moves a nested unit's
 * events to the group's unit when the command completes and appends all of them when the group commits;
 * aggregates loaded in the group are shared, so an entry sees the totals the entries before it left. Every
 * account of the group is locked first, in id order (as a single entry locks its own), so groups and single
 * posts never wait on each other in a cycle.
 *
 * <p>All or nothing: a refusal, an entry the four-eyes gate would hold, a conflict or a fault anywhere rolls
 * the group back (the aggregate caches drop what it loaded) and answers empty; the caller then posts the same
 * entries one by one, so each gets exactly the result a single post would have. No answer leaves before the
 * group's commit.
 */
final class EntryGroup {
    static final String METER = "ledger.journal_batch.groups";
    private static final Logger log = LoggerFactory.getLogger(EntryGroup.class);
    private final CommandDispatch dispatch;
    private final TransactionManager transactions;
    private final Repository<Account> accounts;
    private final Counter committed;
    private final Counter oneByOne;

    EntryGroup(CommandDispatch dispatch, TransactionManager transactions, Repository<Account> accounts,
               MeterRegistry meters) {
        this.dispatch = dispatch;
        this.transactions = transactions;
        this.accounts = accounts;
        this.committed = Counter.builder(METER).tag("outcome", "committed")
                .description("batch groups committed as one transaction").register(meters);
        this.oneByOne = Counter.builder(METER).tag("outcome", "oneByOne")
                .description("batch groups rolled back and posted one entry at a time").register(meters);
    }

    /** The entries' states in their order, committed together; empty when they must be posted one by one. */
    Optional<List<JournalEntryState>> post(List<JournalEntryRequests.PostEntry> entries, CommandOrigin origin) {
        List<JournalEntryState> states = new ArrayList<>(entries.size());
        ResultMessage<?> outcome;
        try {
            DefaultUnitOfWork<?> group = DefaultUnitOfWork.startAndGet(null);
            outcome = group.executeWithResult(() -> {
                group.attachTransaction(transactions);
                List<PostJournalEntry> commands = entries.stream().map(JournalEntryRequests.PostEntry::toCommand).toList();
                lockInIdOrder(commands);
                for (PostJournalEntry command : commands) {
                    states.add(dispatch.sendOnce(command, origin));
                }
                return null;
            });
        } catch (RuntimeException failed) { // the unit of work could not even start (a nested call in progress)
            log.debug("batch group of {} not started: {}", entries.size(), failed.toString());
            oneByOne.increment();
            return Optional.empty();
        }
        if (outcome.isExceptional()) {
            log.debug("batch group of {} rolled back, posting one by one: {}", entries.size(),
                    outcome.exceptionResult().toString());
            oneByOne.increment();
            return Optional.empty();
        }
        committed.increment();
        return Optional.of(states);
    }

    private void lockInIdOrder(List<PostJournalEntry> commands) {
        SortedSet<String> accountIds = new TreeSet<>();
        for (PostJournalEntry command : commands) {
            for (PostingRequest posting : command.postings()) {
                if (posting != null && posting.accountId() != null && !posting.accountId().isBlank()) {
                    accountIds.add(posting.accountId());
                }
            }
        }
        accountIds.forEach(accounts::load); // the group's unit of work holds each lock until it ends
    }
}
