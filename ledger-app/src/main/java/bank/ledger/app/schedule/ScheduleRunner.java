package bank.ledger.app.schedule;

import bank.ledger.command.dispatch.CommandDispatch;
import bank.ledger.command.dispatch.CommandOrigin;
import bank.ledger.domain.entry.api.JournalEntryState;
import bank.ledger.domain.entry.api.PostJournalEntry;
import bank.ledger.domain.entry.api.Posting;
import bank.ledger.domain.entry.api.Side;
import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import bank.ledger.domain.schedule.Occurrences;
import bank.ledger.domain.schedule.ScheduleRules;
import bank.ledger.domain.schedule.api.DescribeSchedule;
import bank.ledger.domain.schedule.api.RecordScheduleRun;
import bank.ledger.domain.schedule.api.ScheduleKind;
import bank.ledger.domain.schedule.api.ScheduleState;
import bank.ledger.domain.schedule.api.ScheduleStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.modelling.command.AggregateNotFoundException;

/**
 * Runs a schedule's due occurrences up to a date, in order, at most a bounded number at a time: the
 * tick and the operators' action both come here. The state (next occurrence, interest carry) is the
 * aggregate's own, asked for by command, never a read model's that may lag. Each occurrence posts a
 * journal entry through the ordinary command path under the entry id {@code <scheduleId>~<periodKey>},
 * then records the run; a ledger refusal of the entry is recorded as the run's skip reason (a decision,
 * not an error), while a failure whose outcome is unknown (time-out, concurrency) stops the run: the
 * next run posts under the same entry id, which answers the first result, and records it then.
 */
public final class ScheduleRunner {
    /** A run that posted nothing because there was nothing to post (interest on a zero balance). */
    static final String ZERO_AMOUNT = "zeroAmount";
    private final CommandDispatch commands;
    private final InterestPostings interest;
    private final ScheduleLock lock;

    ScheduleRunner(CommandDispatch commands, InterestPostings interest, ScheduleLock lock) {
        this.commands = commands;
        this.interest = interest;
        this.lock = lock;
    }

    public record RunOutcome(long occurrence, String periodKey, LocalDate effectiveDate, String entryId, String skipReason,
                      long amountMinor) {
    }

    public record RunReport(String scheduleId, List<RunOutcome> recorded, String nextPeriodKey, LocalDate nextDueOn,
                     boolean more) {
    }

    /** Runs what is due on or before {@code upTo}, at most {@code max} occurrences; refused when another runs it. */
    RunReport run(String scheduleId, LocalDate upTo, int max, CommandOrigin origin) {
        return lock.tryWith(scheduleId, () -> runLocked(scheduleId, upTo, max, origin))
                .orElseThrow(() -> LedgerRefusal.of(RefusalCode.SCHEDULE_RUN_IN_PROGRESS, null,
                        "schedule " + scheduleId + " is being run now; try again when that run is done"));
    }

    ScheduleState describe(String scheduleId, CommandOrigin origin) {
        return send(new DescribeSchedule(scheduleId), scheduleId, origin);
    }

    /** Sends a schedule command; one addressed to no schedule is {@code scheduleNotFound}. */
    <R> R send(Object command, String scheduleId, CommandOrigin origin) {
        try {
            return commands.send(command, origin);
        } catch (AggregateNotFoundException missing) {
            throw LedgerRefusal.of(RefusalCode.SCHEDULE_NOT_FOUND, null, "no schedule " + scheduleId);
        }
    }

    private RunReport runLocked(String scheduleId, LocalDate upTo, int max, CommandOrigin origin) {
        ScheduleState state = describe(scheduleId, origin);
        if (state.status() == ScheduleStatus.CANCELLED) {
            throw LedgerRefusal.of(RefusalCode.SCHEDULE_CANCELLED, null, "schedule " + scheduleId + " is cancelled");
        }
        if (state.status() == ScheduleStatus.PAUSED) {
            throw LedgerRefusal.of(RefusalCode.SCHEDULE_PAUSED, null, "schedule " + scheduleId + " is paused");
        }
        Occurrences occurrences = new Occurrences(state.kind(), state.recurrence(), state.calendar());
        List<RunOutcome> recorded = new ArrayList<>();
        String carry = state.carry();
        long n = state.nextOccurrence();
        for (; recorded.size() < max && isDue(occurrences, n, upTo); n++) {
            RunOutcome outcome;
            if (state.kind() == ScheduleKind.INTEREST_ACCRUAL) {
                InterestPostings.Computed computed = interest.compute(state, occurrences, n, carry);
                outcome = computed.amountMinor() == 0 ? skipped(occurrences, n, ZERO_AMOUNT, 0)
                        : post(state, occurrences, n, computed.postings(), origin);
                carry = outcome.skipReason() == null || outcome.skipReason().equals(ZERO_AMOUNT) ? computed.carry()
                        : computed.carryIfSkipped(); // interest the ledger refused is posted with the next occurrence
            } else {
                outcome = post(state, occurrences, n, state.postings(), origin);
            }
            send(new RecordScheduleRun(scheduleId, n, outcome.periodKey(), outcome.effectiveDate(), outcome.entryId(),
                    outcome.skipReason(), outcome.amountMinor(), carry), scheduleId, origin);
            recorded.add(outcome);
        }
        boolean more = isDue(occurrences, n, upTo);
        String nextKey = occurrences.nominal(n).map(Occurrences::periodKey).orElse(null);
        return new RunReport(scheduleId, List.copyOf(recorded), nextKey, occurrences.dueOn(n).orElse(null), more);
    }

    private static boolean isDue(Occurrences occurrences, long n, LocalDate upTo) {
        return occurrences.dueOn(n).map(due -> !due.isAfter(upTo)).orElse(false);
    }

    private RunOutcome post(ScheduleState state, Occurrences occurrences, long n,
                            List<bank.ledger.domain.entry.api.PostingRequest> postings, CommandOrigin origin) {
        String periodKey = Occurrences.periodKey(occurrences.nominal(n).orElseThrow());
        String entryId = ScheduleRules.entryId(state.scheduleId(), periodKey);
        LocalDate effective = occurrences.postingDate(n).orElseThrow();
        PostJournalEntry command = new PostJournalEntry(entryId, effective, state.description() + " (" + periodKey + ")",
                false, postings, Map.of("scheduleId", state.scheduleId(), "periodKey", periodKey));
        try {
            JournalEntryState entry = commands.send(command, origin);
            long amount = entry.postings().stream().filter(p -> p.side() == Side.DEBIT).mapToLong(Posting::amountMinor).sum();
            return new RunOutcome(n, periodKey, effective, entryId, null, amount);
        } catch (LedgerRefusal refusal) {
            if (refusal.code() == RefusalCode.CONCURRENT_MODIFICATION) {
                throw refusal; // a conflict, not a decision: the next run tries again
            }
            // idempotencyConflict included: an entry of this id with other content exists, which the run
            // never claims as its own (a client may have taken the id): skipped, visible, for a person to look at
            return skipped(occurrences, n, refusal.code().code(), 0);
        }
    }

    private static RunOutcome skipped(Occurrences occurrences, long n, String reason, long amount) {
        String periodKey = Occurrences.periodKey(occurrences.nominal(n).orElseThrow());
        return new RunOutcome(n, periodKey, occurrences.postingDate(n).orElseThrow(), null, reason, amount);
    }
}
