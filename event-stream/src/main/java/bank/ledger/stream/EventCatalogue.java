package bank.ledger.stream;

import bank.ledger.domain.statement.api.StatementLineMatched;
import bank.ledger.domain.statement.api.StatementLineSuspended;
import bank.ledger.domain.statement.api.StatementLineSuspenseReleased;
import bank.ledger.domain.statement.api.StatementLineUnmatched;
import bank.ledger.domain.statement.api.StatementLinesRecorded;
import bank.ledger.domain.statement.api.StatementReceived;
import bank.ledger.domain.statement.api.StatementSuperseded;
import bank.ledger.domain.account.api.AccountBalanceChanged;
import bank.ledger.domain.account.api.AccountClosed;
import bank.ledger.domain.account.api.AccountFrozen;
import bank.ledger.domain.account.api.AccountOpened;
import bank.ledger.domain.account.api.AccountUnfrozen;
import bank.ledger.domain.account.api.Balances;
import bank.ledger.domain.entry.api.JournalEntryPosted;
import bank.ledger.domain.entry.api.JournalEntryReversed;
import bank.ledger.domain.entry.api.PendingJournalEntryPosted;
import bank.ledger.domain.entry.api.PendingJournalEntryRecorded;
import bank.ledger.domain.entry.api.PendingJournalEntryVoided;
import bank.ledger.domain.entry.api.Posting;
import bank.ledger.domain.money.MoneyFormat;
import bank.ledger.domain.period.api.AccountingPeriodClosed;
import bank.ledger.domain.period.api.AccountingPeriodReopened;
import bank.ledger.domain.payment.api.Party;
import bank.ledger.domain.payment.api.PaymentAccepted;
import bank.ledger.domain.payment.api.PaymentBatched;
import bank.ledger.domain.payment.api.PaymentInitiated;
import bank.ledger.domain.payment.api.PaymentRejected;
import bank.ledger.domain.payment.api.PaymentSettled;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The published contract: which internal events integrators see, under which public type and
 * schema version, with which payload (docs/events/*.schema.json). Internal fields that are nobody
 * else's business (request fingerprints) stay inside; amounts leave as decimal strings with exactly
 * the currency's decimals. An internal event not listed here stops the stream (see {@link #describe}):
 * publishing it unreviewed would break the contract, skipping it would lose it.
 */
public final class EventCatalogue {
    public static final int SCHEMA_VERSION = 1;
    private static final Map<Class<?>, Function<Object, PublicEvent>> MAPPERS = new LinkedHashMap<>();

    static {
        map(AccountOpened.class, e -> event("AccountOpened", ordered("accountId", e.accountId(), "code", e.code(),
                "name", e.name(), "type", e.type().name(), "currency", e.currency(),
                "flags", ordered("debitsMustNotExceedCredits", e.flags().debitsMustNotExceedCredits(),
                        "creditsMustNotExceedDebits", e.flags().creditsMustNotExceedDebits()),
                "metadata", e.metadata()), null, List.of(e.accountId())));
        map(AccountFrozen.class, e -> status("AccountFrozen", e.accountId(), e.reason()));
        map(AccountUnfrozen.class, e -> status("AccountUnfrozen", e.accountId(), e.reason()));
        map(AccountClosed.class, e -> status("AccountClosed", e.accountId(), e.reason()));
        map(AccountBalanceChanged.class, e -> event("AccountBalanceChanged", ordered("accountId", e.accountId(),
                "entryId", e.entryId(), "currency", e.currency(), "effectiveDate", e.effectiveDate(),
                "change", balances(e.change(), e.currency()), "totals", balances(e.totals(), e.currency())),
                e.effectiveDate(), List.of(e.accountId())));
        map(JournalEntryPosted.class, e -> event("JournalEntryPosted", ordered("entryId", e.entryId(),
                "effectiveDate", e.effectiveDate(), "description", e.description(), "postings", postings(e.postings()),
                "metadata", e.metadata(), "reversalOf", e.reversalOf()), e.effectiveDate(), accounts(e.postings())));
        map(JournalEntryReversed.class, e -> event("JournalEntryReversed", ordered("entryId", e.entryId(),
                "reversalEntryId", e.reversalEntryId()), null, List.of()));
        map(PendingJournalEntryRecorded.class, e -> event("PendingJournalEntryRecorded", ordered("entryId", e.entryId(),
                "effectiveDate", e.effectiveDate(), "description", e.description(), "postings", postings(e.postings()),
                "metadata", e.metadata()), e.effectiveDate(), accounts(e.postings())));
        map(PendingJournalEntryPosted.class, e -> event("PendingJournalEntryPosted", ordered("entryId", e.entryId(),
                "effectiveDate", e.effectiveDate(), "postedPostings", postings(e.postedPostings())),
                e.effectiveDate(), accounts(e.postedPostings())));
        map(PendingJournalEntryVoided.class, e -> event("PendingJournalEntryVoided", ordered("entryId", e.entryId(),
                "reason", e.reason()), null, List.of()));
        mapPayments();
    }

    /** Payments out (docs/payments.md): routed by the account the payment is charged to; no request fingerprint. */
    private static void mapPayments() {
        map(PaymentInitiated.class, e -> event("PaymentInitiated", ordered("paymentId", e.paymentId(),
                "accountId", e.accountId(), "holdEntryId", e.holdEntryId(), "clearingAccountId", e.clearingAccountId(),
                "amount", MoneyFormat.format(e.amountMinor(), e.currency()), "currency", e.currency(),
                "debtor", party(e.debtor()), "creditor", party(e.creditor()),
                "requestedExecutionDate", e.requestedExecutionDate(), "remittanceInformation", e.remittanceInformation(),
                "endToEndId", e.endToEndId()), null, List.of(e.accountId())));
        map(PaymentBatched.class, e -> event("PaymentBatched", ordered("paymentId", e.paymentId(),
                "accountId", e.accountId(), "batchId", e.batchId(), "messageId", e.messageId(),
                "paymentInformationId", e.paymentInformationId(), "instructionId", e.instructionId()),
                null, List.of(e.accountId())));
        map(PaymentAccepted.class, e -> event("PaymentAccepted", ordered("paymentId", e.paymentId(),
                "accountId", e.accountId(), "holdEntryId", e.holdEntryId(), "reportId", e.reportId(),
                "statusCode", e.statusCode()), null, List.of(e.accountId())));
        map(PaymentRejected.class, e -> event("PaymentRejected", ordered("paymentId", e.paymentId(),
                "accountId", e.accountId(), "holdEntryId", e.holdEntryId(), "reportId", e.reportId(),
                "statusCode", e.statusCode(), "reasonCode", e.reasonCode(), "reasonText", e.reasonText()),
                null, List.of(e.accountId())));
        map(PaymentSettled.class, e -> event("PaymentSettled", ordered("paymentId", e.paymentId(),
                "accountId", e.accountId(), "holdEntryId", e.holdEntryId(), "statementKey", e.statementKey(),
                "lineNo", e.lineNo(), "holdPosted", e.holdPosted()), null, List.of(e.accountId())));
    }

    private static Map<String, Object> party(Party party) {
        return ordered("name", party.name(), "iban", party.iban(), "bic", party.bic());
    }

    /**
     * Events deliberately kept off the stream, a reviewed decision rather than an omission: bank statements
     * and reconciliation decisions are the connectors' own working state (and can be large: a statement's
     * lines). They get a public form, with schemas, when integrators need them (docs/event-stream.md).
     * Accounting periods closing and reopening (issue 18) are the bookkeepers' own decisions; integrators
     * learn of them by the {@code periodClosed} refusal, and they get a public form when someone needs one.
     */
    private static final Set<Class<?>> INTERNAL = Set.of(StatementReceived.class, StatementLinesRecorded.class,
            StatementLineMatched.class, StatementLineUnmatched.class, StatementLineSuspended.class,
            StatementLineSuspenseReleased.class, StatementSuperseded.class,
            AccountingPeriodClosed.class, AccountingPeriodReopened.class,
            // the rate table's imports are reference data, not ledger movements (docs/currencies.md)
            bank.ledger.domain.fx.api.FxRatesImported.class,
            // schedules (issue 18): their runs reach integrators as the journal entries they post
            bank.ledger.domain.schedule.api.ScheduleCreated.class, bank.ledger.domain.schedule.api.ScheduleRunRecorded.class,
            bank.ledger.domain.schedule.api.SchedulePaused.class, bank.ledger.domain.schedule.api.ScheduleResumed.class,
            bank.ledger.domain.schedule.api.ScheduleCancelled.class);

    private EventCatalogue() {
    }

    /** Whether the event is one kept off the stream on purpose; channels skip those, and only those. */
    public static boolean isInternal(Object event) {
        return isInternalType(event.getClass());
    }

    /** By type alone: a stored event's type is known without deserializing its (possibly large) payload. */
    public static boolean isInternalType(Class<?> eventType) {
        return INTERNAL.contains(eventType);
    }

    public static Set<Class<?>> internalClasses() {
        return INTERNAL;
    }

    /** The public form of an internal event; refuses one the catalogue does not list. */
    public static PublicEvent describe(Object event) {
        Function<Object, PublicEvent> mapper = MAPPERS.get(event.getClass());
        if (mapper == null) {
            throw new UnpublishedEventType(event.getClass());
        }
        return mapper.apply(event);
    }

    public static Set<Class<?>> publishedClasses() {
        return MAPPERS.keySet();
    }

    public static List<String> publishedTypes() {
        return MAPPERS.keySet().stream().map(Class::getSimpleName).toList();
    }

    /** An event type added to the domain without a reviewed public form. */
    public static final class UnpublishedEventType extends IllegalStateException {
        UnpublishedEventType(Class<?> type) {
            super(type.getName() + " is not in the published event catalogue; add it to EventCatalogue and docs/events");
        }
    }

    @SuppressWarnings("unchecked")
    private static <E> void map(Class<E> type, Function<E, PublicEvent> mapper) {
        MAPPERS.put(type, event -> mapper.apply((E) event));
    }

    private static PublicEvent event(String type, Map<String, Object> payload,
                                     java.time.LocalDate effectiveDate, List<String> accountIds) {
        return new PublicEvent(type, SCHEMA_VERSION, payload, effectiveDate, accountIds);
    }

    private static PublicEvent status(String type, String accountId, String reason) {
        return event(type, ordered("accountId", accountId, "reason", reason), null, List.of(accountId));
    }

    private static Map<String, Object> balances(Balances balances, String currency) {
        return ordered("debitsPosted", MoneyFormat.format(balances.debitsPosted(), currency),
                "creditsPosted", MoneyFormat.format(balances.creditsPosted(), currency),
                "debitsPending", MoneyFormat.format(balances.debitsPending(), currency),
                "creditsPending", MoneyFormat.format(balances.creditsPending(), currency));
    }

    private static List<Map<String, Object>> postings(List<Posting> postings) {
        return postings.stream().map(p -> ordered("accountId", p.accountId(), "side", p.side().name(),
                "amount", MoneyFormat.format(p.amountMinor(), p.currency()), "currency", p.currency())).toList();
    }

    /** Each account once, in the order the entry names them. */
    private static List<String> accounts(List<Posting> postings) {
        return postings.stream().map(Posting::accountId).distinct().toList();
    }

    /** A map keeping the schema's field order (readable messages) and allowing null values (explicit nulls). */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
