package bank.ledger.domain.account;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import bank.ledger.domain.account.api.AccountBalanceChanged;
import bank.ledger.domain.account.api.AccountClosed;
import bank.ledger.domain.account.api.AccountFlags;
import bank.ledger.domain.account.api.AccountFrozen;
import bank.ledger.domain.account.api.AccountOpened;
import bank.ledger.domain.account.api.AccountState;
import bank.ledger.domain.account.api.AccountStatus;
import bank.ledger.domain.account.api.AccountType;
import bank.ledger.domain.account.api.AccountUnfrozen;
import bank.ledger.domain.account.api.Balances;
import bank.ledger.domain.account.api.CloseAccount;
import bank.ledger.domain.account.api.FreezeAccount;
import bank.ledger.domain.account.api.OpenAccount;
import bank.ledger.domain.account.api.UnfreezeAccount;
import bank.ledger.domain.approval.FourEyes;
import bank.ledger.domain.approval.FourEyesPolicy;
import bank.ledger.domain.identity.IdentityRegistry;
import bank.ledger.domain.money.Currencies;
import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * An account: its status, guards and four totals. Journal entries move its totals through
 * {@link #applyChange}, called by the entry handler inside the entry's unit of work.
 * Field-visible to Jackson because accounts are snapshotted.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public class Account {
    @AggregateIdentifier
    private String accountId;
    private String code;
    private String name;
    private AccountType type;
    private String currency;
    private AccountFlags flags;
    private AccountStatus status;
    private Map<String, String> metadata;
    private Balances totals;
    private Instant openedAt;
    private String parentAccountId;

    protected Account() {
        // for Axon: created by the creation policy below or rebuilt from events
    }

    /** Opens the account, or answers the first result again when the same request is retried. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public AccountState handle(OpenAccount command, IdentityRegistry registry, Clock clock) {
        AccountRules.validateId(command.accountId());
        boolean fresh = registry.reserve(command.accountId(), IdentityRegistry.Kind.ACCOUNT, "id");
        if (accountId != null || !fresh) {
            return replay(command);
        }
        AccountRules.validateOpening(command);
        AccountRules.validateParent(command, registry);
        registry.reserveAccountCode(command.code(), command.accountId());
        apply(new AccountOpened(command.accountId(), command.code(), command.name(), command.type(),
                command.currency(), command.flags(), command.metadata(), clock.instant(), command.parentAccountId()));
        return state(false);
    }

    @CommandHandler
    public AccountState handle(FreezeAccount command, Clock clock) {
        AccountShapes.check(command);
        requireExists();
        refuseIfClosed();
        if (status == AccountStatus.OPEN) {
            apply(new AccountFrozen(accountId, command.reason(), clock.instant()));
        }
        return state(false);
    }

    @CommandHandler
    public AccountState handle(UnfreezeAccount command, Clock clock) {
        AccountShapes.check(command);
        requireExists();
        refuseIfClosed();
        if (status == AccountStatus.FROZEN) {
            apply(new AccountUnfrozen(accountId, command.reason(), clock.instant()));
        }
        return state(false);
    }

    /** Closing is final and needs a zero balance with no open holds; closing twice is a no-op. */
    @CommandHandler
    public AccountState handle(CloseAccount command, Clock clock, FourEyes fourEyes, MetaData metadata) {
        AccountShapes.check(command);
        requireExists();
        if (status == AccountStatus.CLOSED) {
            return state(true);
        }
        if (totals.debitsPending() != 0 || totals.creditsPending() != 0) {
            throw LedgerRefusal.of(RefusalCode.PENDING_BALANCE_OPEN, null,
                    "account " + accountId + " has pending entries; post or void them first");
        }
        if (totals.debitsPosted() != totals.creditsPosted()) {
            throw LedgerRefusal.of(RefusalCode.NON_ZERO_BALANCE, null,
                    "account " + accountId + " has a non-zero balance; move it out first");
        }
        fourEyes.require(command, FourEyesPolicy::reasonForClosing, metadata);
        apply(new AccountClosed(accountId, command.reason(), clock.instant()));
        return state(false);
    }

    /**
     * Moves this account's totals for one journal entry, after checking its status and guards.
     *
     * @param movement what the entry does here: a new movement is refused on a frozen or closed account,
     *                 a release of a hold (void) never is
     * @param field    the request path to name in a refusal, such as {@code postings[1]}
     */
    public void applyChange(String entryId, LocalDate effectiveDate, Balances change, Movement movement,
                            String field, Instant recordedAt) {
        if (movement == Movement.NEW) {
            refuseIfNotOpen(field);
        }
        Balances after = totals.plus(change);
        AccountRules.checkGuards(accountId, flags, change, after, field);
        apply(new AccountBalanceChanged(accountId, entryId, currency, effectiveDate, change, after, recordedAt));
    }

    /** Whether a change moves money onto the account, or only releases a hold. */
    public enum Movement { NEW, RELEASE }

    public String currency() {
        return currency;
    }

    public String accountId() {
        return accountId;
    }

    /** A designated FX clearing account (docs/currencies.md). */
    public boolean fxClearing() {
        return flags.fxClearing();
    }

    public AccountState state(boolean replayed) {
        return new AccountState(accountId, code, name, type, currency, flags, status, metadata, totals,
                openedAt, replayed, parentAccountId);
    }

    private AccountState replay(OpenAccount command) {
        if (accountId == null) {
            // reserved by a concurrent request that has not committed yet: let the caller retry
            throw LedgerRefusal.of(RefusalCode.CONCURRENT_MODIFICATION, "id", "account is being opened");
        }
        boolean same = code.equals(command.code()) && name.equals(command.name()) && type == command.type()
                && currency.equals(command.currency()) && flags.equals(command.flags())
                && metadata.equals(command.metadata())
                && java.util.Objects.equals(parentAccountId, command.parentAccountId());
        if (!same) {
            throw LedgerRefusal.of(RefusalCode.IDEMPOTENCY_CONFLICT, "id",
                    "account " + accountId + " was already opened with different content");
        }
        return state(true);
    }

    /** An id that names a journal entry loads as an empty account: it is no account. */
    private void requireExists() {
        AccountUsability.requireExists(accountId != null, null, null);
    }

    private void refuseIfClosed() {
        AccountUsability.requireNotClosed(status, accountId, null);
    }

    /** A new movement needs more than usability: a frozen account takes none. */
    private void refuseIfNotOpen(String field) {
        if (status == AccountStatus.FROZEN) {
            throw LedgerRefusal.of(RefusalCode.ACCOUNT_FROZEN, field, "account " + accountId + " is frozen");
        }
        AccountUsability.requireNotClosed(status, accountId, field);
    }

    @EventSourcingHandler
    void on(AccountOpened event) {
        accountId = event.accountId();
        code = event.code();
        name = event.name();
        type = event.type();
        currency = event.currency();
        flags = event.flags();
        metadata = event.metadata();
        openedAt = event.openedAt();
        parentAccountId = event.parentAccountId();
        status = AccountStatus.OPEN;
        totals = Balances.ZERO;
        Currencies.exponent(currency);
    }

    @EventSourcingHandler
    void on(AccountFrozen event) {
        status = AccountStatus.FROZEN;
    }

    @EventSourcingHandler
    void on(AccountUnfrozen event) {
        status = AccountStatus.OPEN;
    }

    @EventSourcingHandler
    void on(AccountClosed event) {
        status = AccountStatus.CLOSED;
    }

    @EventSourcingHandler
    void on(AccountBalanceChanged event) {
        totals = event.totals();
    }
}
