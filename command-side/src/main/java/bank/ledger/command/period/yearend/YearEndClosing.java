package bank.ledger.command.period.yearend;

import bank.ledger.command.consistency.ReadModelBarrier;
import bank.ledger.command.approval.LedgerCommandGateway;
import bank.ledger.command.dispatch.CommandOrigin;
import bank.ledger.domain.entry.api.JournalEntryState;
import bank.ledger.domain.entry.api.Posting;
import bank.ledger.domain.entry.api.PostJournalEntry;
import bank.ledger.domain.entry.api.PostingRequest;
import bank.ledger.domain.entry.api.ReverseJournalEntry;
import bank.ledger.domain.money.Currencies;
import bank.ledger.domain.money.MoneyFormat;
import bank.ledger.domain.period.PeriodId;
import bank.ledger.domain.refusal.Fields;
import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import bank.ledger.domain.refusal.TextRules;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Year-end closing (docs/periods.md): the year's INCOME and EXPENSE movements of one currency into a
 * retained-earnings (EQUITY) account of that currency, as one normal journal entry dated the year's last
 * day with an id derived from (year, currency, generation): a rerun posts nothing twice, a reversal (the
 * normal reversal path, dated the same day) lets the next run post anew under the next generation.
 */
final class YearEndClosing {
    /** Runs after reversals a (year, currency) can have; a guard against a loop, far above real use. */
    static final int GENERATIONS_MAX = 1000;
    private final LedgerCommandGateway commands;
    private final YearEndClosingReads reads;
    private final YearEndProperties settings;
    private final Clock clock;
    private final ReadModelBarrier readModels;

    YearEndClosing(LedgerCommandGateway commands, YearEndClosingReads reads, YearEndProperties settings, Clock clock,
                   ReadModelBarrier readModels) {
        this.commands = commands;
        this.reads = reads;
        this.settings = settings;
        this.clock = clock;
        this.readModels = readModels;
    }

    /** One line of the closing entry. */
    record Line(String accountId, String side, String amount) {
    }

    /**
     * {@code outcome}: POSTED, ALREADY_POSTED (a rerun: the entry as first posted) or NOTHING_TO_POST (every
     * account nets to zero). {@code figuresChanged}: the year moved since the entry was posted (the lines are
     * today's figures, not the entry's): reverse it and run again. {@code unclosedCurrencies}: other currencies
     * whose income or expense accounts still carry a result for the year (close each with its own account).
     */
    record Result(int year, String currency, LocalDate date, String retainedEarningsAccountId, String entryId,
                  String outcome, String netIncome, List<Line> lines, boolean figuresChanged,
                  List<String> unclosedCurrencies) {
        Result with(String entryId, String outcome, String netIncome, List<Line> lines, boolean figuresChanged) {
            return new Result(year, currency, date, retainedEarningsAccountId, entryId, outcome, netIncome, lines,
                    figuresChanged, unclosedCurrencies);
        }
    }

    /** {@code outcome}: REVERSED, ALREADY_REVERSED (a retry) or NOTHING_TO_REVERSE. */
    record Reversal(int year, String currency, String entryId, String reversalEntryId, String outcome) {
    }

    Result run(String yearText, String retainedEarningsAccountId, String requestedCurrency, CommandOrigin origin) {
        PeriodId year = endedYear(yearText);
        // the year's figures must hold every entry recorded before the run (docs/architecture.md, "Read-your-writes")
        readModels.awaitRecordedEvents("the year-end closing of " + year.firstDay().getYear());
        String currency = retainedEarnings(retainedEarningsAccountId, requestedCurrency).currency();
        int number = year.firstDay().getYear();
        int generation = currentGeneration(number, currency);
        List<YearEndEntry.Balance> balances = reads.balances(currency, year.firstDay(), year.lastDay(),
                YearEndEntry.idsUpTo(number, currency, generation), settings.accountsMax() + 1);
        if (balances.size() > settings.accountsMax()) {
            throw LedgerRefusal.of(RefusalCode.TOO_MANY_ACCOUNTS, "year", "more than " + settings.accountsMax()
                    + " income and expense accounts in " + currency + " to close (ledger.year-end.accounts-max)");
        }
        Result outcome = new Result(number, currency, year.lastDay(), retainedEarningsAccountId, null,
                "NOTHING_TO_POST", MoneyFormat.format(0, currency), List.of(), false,
                reads.unclosedCurrencies(currency, year.firstDay(), year.lastDay()));
        return balances.isEmpty() ? outcome
                : post(outcome, YearEndEntry.entryId(number, currency, generation), balances, origin);
    }

    /** The EQUITY account the year's result goes to; its currency is the run's. */
    private YearEndClosingReads.Account retainedEarnings(String accountId, String requestedCurrency) {
        TextRules.requireId(accountId, "retainedEarningsAccountId");
        YearEndClosingReads.Account retained = reads.account(accountId).orElseThrow(() ->
                LedgerRefusal.of(RefusalCode.ACCOUNT_NOT_FOUND, "retainedEarningsAccountId", "no account " + accountId));
        if (!"EQUITY".equals(retained.type())) {
            throw LedgerRefusal.of(RefusalCode.RETAINED_EARNINGS_NOT_EQUITY, "retainedEarningsAccountId", "account "
                    + accountId + " is " + retained.type() + "; retained earnings is an EQUITY account");
        }
        if (requestedCurrency != null && !requestedCurrency.equals(retained.currency())) {
            throw LedgerRefusal.of(RefusalCode.CURRENCY_MISMATCH, "currency", "the retained-earnings account is in "
                    + retained.currency() + ", not " + requestedCurrency + "; each currency closes into an account of its own");
        }
        return retained;
    }

    /** Posts the closing entry (or meets the one posted before: ALREADY_POSTED) and answers its outcome. */
    private Result post(Result base, String entryId, List<YearEndEntry.Balance> balances, CommandOrigin origin) {
        int year = base.year();
        String currency = base.currency();
        long netIncome = YearEndEntry.netIncomeMinor(balances);
        List<PostingRequest> postings = YearEndEntry.postings(balances, base.retainedEarningsAccountId(), currency);
        PostJournalEntry command = new PostJournalEntry(entryId, base.date(), "Year-end closing " + year + " ("
                + currency + "): income and expense into retained earnings", false, postings,
                metadata(year, currency, base.retainedEarningsAccountId(), netIncome, balances.size()));
        try {
            JournalEntryState state = commands.send(command, origin);
            if (!Integer.toString(year).equals(state.metadata().get("yearEndClosingOf"))) {
                throw taken(entryId);
            }
            return base.with(entryId, state.replayed() ? "ALREADY_POSTED" : "POSTED", netIncomeOf(state, currency),
                    lines(state.postings()), false);
        } catch (LedgerRefusal refusal) {
            if (refusal.code() != RefusalCode.IDEMPOTENCY_CONFLICT) {
                throw refusal;
            }
            if (!reads.isClosingEntry(entryId, year, currency)) {
                throw reads.entryKnown(entryId) ? taken(entryId) : refusal; // not in the read model yet: retry later
            }
            return base.with(entryId, "ALREADY_POSTED", MoneyFormat.format(netIncome, currency), postings.stream()
                    .map(p -> new Line(p.accountId(), p.side().name(), p.amount())).toList(), true);
        }
    }

    /** Reverses the (year, currency)'s closing entry in force, dated the year's last day like the entry. */
    Reversal reverse(String yearText, String currency, CommandOrigin origin) {
        PeriodId year = year(yearText);
        if (currency == null) {
            throw Fields.invalid("currency", "currency is required: each currency's closing is reversed on its own");
        }
        Currencies.exponent(currency, "currency");
        int number = year.firstDay().getYear();
        readModels.awaitRecordedEvents("the reversal of the year-end closing of " + number);
        int generation = currentGeneration(number, currency);
        String entryId = YearEndEntry.entryId(number, currency, generation);
        if (!reads.entryExists(entryId)) {
            if (generation == 0) {
                return new Reversal(number, currency, null, null, "NOTHING_TO_REVERSE");
            }
            String previous = YearEndEntry.entryId(number, currency, generation - 1);
            return new Reversal(number, currency, previous, YearEndEntry.reversalId(previous), "ALREADY_REVERSED");
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("yearEndClosingOf", Integer.toString(number));
        metadata.put("yearEndCurrency", currency);
        metadata.put("yearEndReversalOf", entryId);
        JournalEntryState state = commands.send(new ReverseJournalEntry(entryId, YearEndEntry.reversalId(entryId),
                year.lastDay(), "Reversal of year-end closing " + number + " (" + currency + ")", metadata), origin);
        return new Reversal(number, currency, entryId, state.entryId(), state.replayed() ? "ALREADY_REVERSED" : "REVERSED");
    }

    /** A client posted an entry under the closing's derived id: the closing will not claim it as its own. */
    private static LedgerRefusal taken(String entryId) {
        return LedgerRefusal.of(RefusalCode.ID_ALREADY_USED, "year", "journal entry " + entryId
                + " exists and is not this year-end closing; reverse it, or ask support to pick the closing's id");
    }

    /**
     * The first generation whose closing entry has not been reversed (through this path): from the write side's
     * ids, which never lag; a reversal id that the read model shows as a client's own entry does not count.
     */
    private int currentGeneration(int year, String currency) {
        for (int g = 0; g < GENERATIONS_MAX; g++) {
            String entryId = YearEndEntry.entryId(year, currency, g);
            String reversalId = YearEndEntry.reversalId(entryId);
            if (!reads.entryExists(reversalId) || reads.isOtherThanReversalOf(reversalId, entryId)) {
                return g;
            }
        }
        throw LedgerRefusal.of(RefusalCode.INVALID_FIELD, "year", "the year-end closing of " + year + " in " + currency
                + " was reversed " + GENERATIONS_MAX + " times");
    }

    private PeriodId endedYear(String yearText) {
        PeriodId year = year(yearText);
        if (!LocalDate.now(clock).isAfter(year.lastDay())) {
            throw LedgerRefusal.of(RefusalCode.PERIOD_NOT_ENDED, "year", "the year " + yearText + " ends on "
                    + year.lastDay() + "; it is closed from the day after");
        }
        return year;
    }

    static PeriodId year(String text) {
        PeriodId period = PeriodId.parse(text, "year");
        if (period.kind() != PeriodId.Kind.YEAR) {
            throw Fields.invalid("year", "year is a calendar year such as 2026");
        }
        return period;
    }

    private static Map<String, String> metadata(int year, String currency, String retained, long netIncome, int accounts) {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("yearEndClosingOf", Integer.toString(year));
        metadata.put("yearEndCurrency", currency);
        metadata.put("yearEndRetainedEarningsAccountId", retained);
        metadata.put("yearEndNetIncomeMinor", Long.toString(netIncome));
        metadata.put("yearEndAccounts", Integer.toString(accounts));
        return metadata;
    }

    private static String netIncomeOf(JournalEntryState state, String currency) {
        String minor = state.metadata().get("yearEndNetIncomeMinor");
        return minor == null ? null : MoneyFormat.format(Long.parseLong(minor), currency);
    }

    private static List<Line> lines(List<Posting> postings) {
        return postings.stream().map(p -> new Line(p.accountId(), p.side().name(),
                MoneyFormat.format(p.amountMinor(), p.currency()))).toList();
    }
}
