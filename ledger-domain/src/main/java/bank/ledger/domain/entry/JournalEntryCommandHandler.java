package bank.ledger.domain.entry;

import bank.ledger.domain.account.Account;
import bank.ledger.domain.account.AccountUsability;
import bank.ledger.domain.account.Account.Movement;
import bank.ledger.domain.account.api.Balances;
import bank.ledger.domain.approval.FourEyes;
import bank.ledger.domain.approval.FourEyesPolicy;
import bank.ledger.domain.entry.api.JournalEntryState;
import bank.ledger.domain.entry.api.PostJournalEntry;
import bank.ledger.domain.entry.api.PostPendingEntry;
import bank.ledger.domain.entry.api.Posting;
import bank.ledger.domain.entry.api.PostingRequest;
import bank.ledger.domain.entry.api.ReverseJournalEntry;
import bank.ledger.domain.entry.api.VoidPendingEntry;
import bank.ledger.domain.identity.IdentityRegistry;
import bank.ledger.domain.period.PeriodLock;
import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import bank.ledger.domain.refusal.TextRules;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;

/**
 * Every command that moves money. Each runs in one unit of work: it loads every account it touches in
 * account-id order (so two entries never wait on each other in a cycle), checks and moves their totals,
 * and records the entry; all events commit in one transaction or none do. Optimistic concurrency on
 * each aggregate's sequence protects against writers on other nodes; the caller retries a conflict.
 * Four-eyes is decided here, where the accounts (and so the currencies) are known, after every other
 * check: a command the ledger would refuse anyway is refused at once rather than held for approval.
 */
public class JournalEntryCommandHandler {
    private final Repository<Account> accounts;
    private final Repository<JournalEntry> entries;
    private final IdentityRegistry registry;
    private final Clock clock;
    private final FourEyes fourEyes;
    private final PeriodLock periods;

    public JournalEntryCommandHandler(Repository<Account> accounts, Repository<JournalEntry> entries,
                                      IdentityRegistry registry, Clock clock) {
        this(accounts, entries, registry, clock, FourEyes.off());
    }

    public JournalEntryCommandHandler(Repository<Account> accounts, Repository<JournalEntry> entries,
                                      IdentityRegistry registry, Clock clock, FourEyes fourEyes) {
        this(accounts, entries, registry, clock, fourEyes, PeriodLock.none());
    }

    /** {@code periods}: refuses entries, holds, posted holds and reversals effective in a closed period. */
    public JournalEntryCommandHandler(Repository<Account> accounts, Repository<JournalEntry> entries,
                                      IdentityRegistry registry, Clock clock, FourEyes fourEyes, PeriodLock periods) {
        this.periods = periods;
        this.accounts = accounts;
        this.entries = entries;
        this.registry = registry;
        this.clock = clock;
        this.fourEyes = fourEyes;
    }

    /** Through the command bus: a payment's hold id is refused ({@link ReservedEntryIds}). */
    @CommandHandler
    public JournalEntryState handle(PostJournalEntry command, MetaData metadata) {
        ReservedEntryIds.requireUnreserved(command.entryId(), "id");
        return record(command, metadata);
    }

    /** Records an entry or a hold; for the owner of a reserved id (the payment handler), unguarded. */
    public JournalEntryState record(PostJournalEntry command, MetaData metadata) {
        EntryRules.validateShape(command);
        FxRules.validateShape(command.fx(), command.pending());
        String fingerprint = Fingerprints.of(command);
        if (!registry.reserve(command.entryId(), IdentityRegistry.Kind.JOURNAL_ENTRY, "id")) {
            return replay(command.entryId(), fingerprint);
        }
        LocalDate effectiveDate = command.effectiveDate() != null ? command.effectiveDate() : LocalDate.now(clock);
        periods.requireOpen(effectiveDate, "effectiveDate");
        List<String> accountIds = command.postings().stream().map(PostingRequest::accountId).toList();
        Map<String, Aggregate<Account>> loaded = loadAccounts(EntryRules.fieldByAccount(accountIds));
        Map<String, String> currencies = new TreeMap<>();
        loaded.forEach((id, account) -> currencies.put(id, account.invoke(Account::currency)));
        List<Posting> postings = EntryRules.resolve(command.postings(), currencies);
        EntryRules.requireBalanced(postings);
        FxRules.requireConsistent(postings, command.fx(), fxClearingAccounts(loaded));

        Instant now = clock.instant();
        Map<String, Balances> changes = EntryRules.changes(postings, command.pending(), 1);
        applyChanges(loaded, changes, command.entryId(), effectiveDate, Movement.NEW,
                EntryRules.fieldByAccount(accountIds), now);
        fourEyes.require(command, policy -> policy.reasonForPostings(postings), metadata);
        JournalEntry.NewEntry entry = new JournalEntry.NewEntry(command.entryId(), effectiveDate,
                command.description(), command.pending(), postings, command.metadata(), null, fingerprint, now,
                command.fx());
        return create(entry);
    }

    /** Posting a hold moves money like a posting: the posted part is judged by the same threshold. */
    @CommandHandler
    public JournalEntryState handle(PostPendingEntry command, MetaData metadata) {
        ReservedEntryIds.requireUnreserved(command.entryId(), "entryId");
        return postHold(command, metadata);
    }

    /** Posts a hold; for the owner of a reserved id (the payment handler), unguarded. */
    public JournalEntryState postHold(PostPendingEntry command, MetaData metadata) {
        EntryShapes.check(command);
        Aggregate<JournalEntry> entry = loadEntry(command.entryId());
        String fingerprint = Fingerprints.of(command);
        JournalEntry current = entry.invoke(e -> e);
        if (current.status() == bank.ledger.domain.entry.api.EntryStatus.POSTED
                && fingerprint.equals(current.postFingerprint())) {
            return current.state(true);
        }
        current.requirePending();
        List<Posting> posted = HoldRules.postedPart(current.postings(), command.postings());
        LocalDate effectiveDate = command.effectiveDate() != null ? command.effectiveDate() : current.effectiveDate();
        periods.requireOpen(effectiveDate, "effectiveDate");
        Map<String, Balances> changes = EntryRules.merge(
                EntryRules.changes(current.postings(), true, -1),
                EntryRules.changes(posted, false, 1));
        Instant now = clock.instant();
        Map<String, String> fields = fieldsForHold(current.postings());
        applyChanges(loadAccounts(fields), changes, command.entryId(), effectiveDate, Movement.NEW, fields, now);
        fourEyes.require(command, policy -> policy.reasonForPostings(posted), metadata);
        entry.execute(e -> e.post(posted, effectiveDate, fingerprint, now));
        return entry.invoke(e -> e.state(false));
    }

    @CommandHandler
    public JournalEntryState handle(VoidPendingEntry command) {
        ReservedEntryIds.requireUnreserved(command.entryId(), "entryId");
        return voidHold(command);
    }

    /** Voids a hold; for the owner of a reserved id (the payment handler), unguarded. */
    public JournalEntryState voidHold(VoidPendingEntry command) {
        EntryShapes.check(command);
        Aggregate<JournalEntry> entry = loadEntry(command.entryId());
        JournalEntry current = entry.invoke(e -> e);
        if (current.status() == bank.ledger.domain.entry.api.EntryStatus.VOIDED) {
            return current.state(true);
        }
        current.requirePending();
        Instant now = clock.instant();
        Map<String, String> fields = fieldsForHold(current.postings());
        applyChanges(loadAccounts(fields), EntryRules.changes(current.postings(), true, -1), command.entryId(),
                current.effectiveDate(), Movement.RELEASE, fields, now);
        entry.execute(e -> e.voidHold(command.reason(), now));
        return entry.invoke(e -> e.state(false));
    }

    @CommandHandler
    public JournalEntryState handle(ReverseJournalEntry command, MetaData metadata) {
        EntryShapes.check(command);
        ReservedEntryIds.requireUnreserved(command.entryId(), "entryId");
        ReservedEntryIds.requireUnreserved(command.reversalEntryId(), "id");
        String fingerprint = Fingerprints.of(command);
        if (!registry.reserve(command.reversalEntryId(), IdentityRegistry.Kind.JOURNAL_ENTRY, "id")) {
            return replay(command.reversalEntryId(), fingerprint);
        }
        LocalDate effectiveDate = command.effectiveDate() != null ? command.effectiveDate() : LocalDate.now(clock);
        periods.requireOpen(effectiveDate, "effectiveDate");
        Aggregate<JournalEntry> original = loadEntry(command.entryId());
        JournalEntry current = original.invoke(e -> e);
        current.requireReversible();
        List<Posting> postings = current.postedPostings().stream().map(Posting::reversed).toList();
        Instant now = clock.instant();
        String description = command.description() != null ? command.description()
                : "Reversal of " + command.entryId();
        Map<String, String> fields = fieldsForHold(postings);
        applyChanges(loadAccounts(fields), EntryRules.changes(postings, false, 1), command.reversalEntryId(),
                effectiveDate, Movement.NEW, fields, now);
        fourEyes.require(command, FourEyesPolicy::reasonForReversal, metadata);
        original.execute(e -> e.markReversed(command.reversalEntryId(), now));
        return create(new JournalEntry.NewEntry(command.reversalEntryId(), effectiveDate, description, false,
                postings, command.metadata(), command.entryId(), fingerprint, now, current.fx()));
    }

    private JournalEntryState create(JournalEntry.NewEntry entry) {
        try {
            return entries.newInstance(() -> new JournalEntry(entry)).invoke(e -> e.state(false));
        } catch (LedgerRefusal refusal) {
            throw refusal;
        } catch (Exception unexpected) {
            throw unexpected instanceof RuntimeException runtime ? runtime : new IllegalStateException(unexpected);
        }
    }

    /** The id was reserved before: the entry exists, and this is a retry or a conflicting reuse of the id. */
    private JournalEntryState replay(String entryId, String fingerprint) {
        JournalEntry existing;
        try {
            existing = entries.load(entryId).invoke(e -> e);
        } catch (AggregateNotFoundException notYetVisible) {
            throw LedgerRefusal.of(RefusalCode.CONCURRENT_MODIFICATION, "id", "entry " + entryId + " is being recorded");
        }
        if (!fingerprint.equals(existing.requestFingerprint())) {
            throw LedgerRefusal.of(RefusalCode.IDEMPOTENCY_CONFLICT, "id",
                    "entry " + entryId + " was already recorded with different content");
        }
        return existing.state(true);
    }

    private Aggregate<JournalEntry> loadEntry(String entryId) {
        TextRules.requireId(entryId, "entryId");
        try {
            Aggregate<JournalEntry> entry = entries.load(entryId);
            if (entry.invoke(JournalEntry::status) == null) {
                throw new AggregateNotFoundException(entryId, "not a journal entry");
            }
            return entry;
        } catch (AggregateNotFoundException | IncompatibleAggregateException missing) {
            // incompatible: the id's events are another aggregate's (an account), so there is no such entry
            throw LedgerRefusal.of(RefusalCode.ENTRY_NOT_FOUND, "entryId", "no journal entry " + entryId);
        }
    }

    /** Loads accounts in id order (the map is sorted), refusing ids that name no account. */
    private Map<String, Aggregate<Account>> loadAccounts(Map<String, String> fieldByAccount) {
        Map<String, Aggregate<Account>> loaded = new TreeMap<>();
        for (String accountId : new TreeMap<>(fieldByAccount).keySet()) {
            String field = fieldByAccount.get(accountId) + ".accountId";
            try {
                Aggregate<Account> account = accounts.load(accountId);
                if (account.invoke(Account::accountId) == null) {
                    throw new AggregateNotFoundException(accountId, "not an account");
                }
                loaded.put(accountId, account);
            } catch (AggregateNotFoundException | IncompatibleAggregateException missing) {
                // incompatible: the id's events are another aggregate's (a journal entry), so there is no such account
                throw AccountUsability.notFound(accountId, field);
            }
        }
        return loaded;
    }

    private static void applyChanges(Map<String, Aggregate<Account>> loaded, Map<String, Balances> changes,
                                     String entryId, LocalDate effectiveDate, Movement movement,
                                     Map<String, String> fieldByAccount, Instant now) {
        changes.forEach((accountId, change) -> loaded.get(accountId).execute(account -> account.applyChange(
                entryId, effectiveDate, change, movement, fieldByAccount.get(accountId), now)));
    }

    private static java.util.Set<String> fxClearingAccounts(Map<String, Aggregate<Account>> loaded) {
        java.util.Set<String> fx = new java.util.TreeSet<>();
        loaded.forEach((id, account) -> {
            if (account.invoke(Account::fxClearing)) {
                fx.add(id);
            }
        });
        return fx;
    }

    private static Map<String, String> fieldsForHold(List<Posting> postings) {
        return EntryRules.fieldByAccount(postings.stream().map(Posting::accountId).toList());
    }
}
