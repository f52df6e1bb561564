package bank.ledger.app.schedule;

import bank.ledger.command.consistency.ReadModelBarrier;
import bank.ledger.domain.entry.api.PostingRequest;
import bank.ledger.domain.entry.api.Side;
import bank.ledger.domain.money.MoneyFormat;
import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import bank.ledger.domain.schedule.Fraction;
import bank.ledger.domain.schedule.InterestAccrual;
import bank.ledger.domain.schedule.Occurrences;
import bank.ledger.domain.schedule.api.InterestTerms;
import bank.ledger.domain.schedule.api.ScheduleState;
import bank.ledger.query.api.DailyBalancesView;
import bank.ledger.query.api.FindDailyBalances;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

/**
 * One occurrence's interest: the account's end-of-day balances over the occurrence's accrual days, from
 * the query side's daily balances ({@code rm_account_line}) once they hold every entry recorded before the
 * run ({@link ReadModelBarrier}), accrued
 * exactly by the domain ({@link InterestAccrual}) and turned into a two-line entry in the account's
 * currency. A negative amount posts the other way round.
 */
final class InterestPostings {
    private final QueryGateway queries;
    private final ReadModelBarrier readModels;

    InterestPostings(QueryGateway queries, ReadModelBarrier readModels) {
        this.queries = queries;
        this.readModels = readModels;
    }

    /** {@code carryIfSkipped}: the whole exact amount, carried on when the ledger refuses the entry. */
    record Computed(long amountMinor, String carry, String carryIfSkipped, List<PostingRequest> postings) {
    }

    Computed compute(ScheduleState state, Occurrences occurrences, long n, String carry) {
        InterestTerms terms = state.interest();
        LocalDate from = occurrences.accrualStart(n);
        LocalDate to = occurrences.nominal(n).orElseThrow();
        // the balances must hold every entry recorded before the run: interest computed without one would be
        // posted under the occurrence's id, which a later run answers instead of correcting
        readModels.awaitRecordedEvents("the interest of schedule " + state.scheduleId() + " up to " + to);
        Optional<DailyBalancesView> view = queries.query(new FindDailyBalances(terms.accountId(), from, to, null),
                ResponseTypes.optionalInstanceOf(DailyBalancesView.class)).join();
        DailyBalancesView balances = view.orElseThrow(() -> LedgerRefusal.of(RefusalCode.ACCOUNT_NOT_FOUND,
                "interest.accountId", "no account " + terms.accountId() + " in the read model"));
        List<InterestAccrual.DayBalance> days = balances.days().stream()
                .map(day -> new InterestAccrual.DayBalance(day.date(), day.closing())).toList();
        InterestAccrual.Accrued accrued = InterestAccrual.accrue(days, InterestAccrual.parseRate(terms.annualRate()),
                terms.dayCount(), Fraction.parse(carry));
        long amount = accrued.amount();
        String text = MoneyFormat.format(Math.abs(amount), balances.currency());
        boolean positive = amount > 0;
        List<PostingRequest> postings = List.of(
                new PostingRequest(positive ? terms.debitAccountId() : terms.creditAccountId(), Side.DEBIT, text, null),
                new PostingRequest(positive ? terms.creditAccountId() : terms.debitAccountId(), Side.CREDIT, text, null));
        return new Computed(amount, accrued.carry().toString(),
                accrued.exact().plus(Fraction.parse(carry)).toString(), postings);
    }
}
