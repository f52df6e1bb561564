package bank.ledger.domain.schedule;

import bank.ledger.domain.entry.api.PostingRequest;
import bank.ledger.domain.money.DecimalAmount;
import bank.ledger.domain.refusal.Fields;
import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import bank.ledger.domain.refusal.TextRules;
import bank.ledger.domain.schedule.api.CreateSchedule;
import bank.ledger.domain.schedule.api.InterestTerms;
import bank.ledger.domain.schedule.api.ScheduleKind;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * The stateless checks of a new schedule: ids, text, the recurrence and calendar ({@link Occurrences}),
 * and what it posts. Fixed postings must balance when they name no currency other than one; that they
 * fit their accounts is checked by the ledger at each run (a refusal there skips the run).
 */
public final class ScheduleRules {
    /** The schedule id goes into every run's entry id ({@code <scheduleId>~<periodKey>}), which has at most 128. */
    public static final int SCHEDULE_ID_LENGTH_MAX = 100;
    public static final int POSTINGS_MAX = 50;
    public static final int REASON_LENGTH_MAX = 500;

    private ScheduleRules() {
    }

    /** The id of the journal entry occurrence {@code periodKey} posts: the same on every node and every retry. */
    public static String entryId(String scheduleId, String periodKey) {
        return scheduleId + "~" + periodKey;
    }

    public static void check(CreateSchedule command) {
        requireScheduleId(command.scheduleId());
        if (command.kind() == null) {
            throw Fields.invalid("kind", "kind is STANDING_ORDER, PERIODIC_FEE or INTEREST_ACCRUAL");
        }
        Fields.requireText(command.description(), "description", CreateSchedule.DESCRIPTION_LENGTH_MAX);
        new Occurrences(command.kind(), command.recurrence(), command.calendar());
        if (command.kind() == ScheduleKind.INTEREST_ACCRUAL) {
            checkInterest(command.interest());
            if (!command.postings().isEmpty()) {
                throw Fields.invalid("postings", "interest computes its postings: send none");
            }
        } else {
            if (command.interest() != null) {
                throw Fields.invalid("interest", "only an INTEREST_ACCRUAL schedule has interest terms");
            }
            checkPostings(command.postings());
        }
    }

    public static void requireScheduleId(String scheduleId) {
        TextRules.requireId(scheduleId, "scheduleId");
        if (scheduleId.length() > SCHEDULE_ID_LENGTH_MAX) {
            throw Fields.invalid("scheduleId", "scheduleId has at most " + SCHEDULE_ID_LENGTH_MAX + " characters");
        }
    }

    private static void checkInterest(InterestTerms terms) {
        if (terms == null || terms.dayCount() == null) {
            throw Fields.invalid("interest", "interest terms with a day count are required");
        }
        TextRules.requireId(terms.accountId(), "interest.accountId");
        TextRules.requireId(terms.debitAccountId(), "interest.debitAccountId");
        TextRules.requireId(terms.creditAccountId(), "interest.creditAccountId");
        if (terms.debitAccountId().equals(terms.creditAccountId())) {
            throw Fields.invalid("interest.creditAccountId", "interest moves between two different accounts");
        }
        InterestAccrual.parseRate(terms.annualRate());
    }

    private static void checkPostings(List<PostingRequest> postings) {
        if (postings.size() < 2 || postings.size() > POSTINGS_MAX) {
            throw LedgerRefusal.of(postings.size() < 2 ? RefusalCode.TOO_FEW_POSTINGS : RefusalCode.TOO_MANY_POSTINGS,
                    "postings", "a scheduled entry has 2 to " + POSTINGS_MAX + " postings");
        }
        BigDecimal net = BigDecimal.ZERO;
        for (int i = 0; i < postings.size(); i++) {
            PostingRequest line = postings.get(i);
            String field = "postings[" + i + "]";
            if (line == null || line.side() == null) {
                throw Fields.invalid(field, "each posting has an account, a side and an amount");
            }
            TextRules.requireId(line.accountId(), field + ".accountId");
            DecimalAmount amount = DecimalAmount.parse(line.amount(), field + ".amount");
            if (!amount.isPositive()) {
                throw LedgerRefusal.of(RefusalCode.NON_POSITIVE_AMOUNT, field + ".amount", "amounts are positive");
            }
            BigDecimal value = BigDecimal.valueOf(amount.unscaled(), amount.scale());
            net = line.side() == bank.ledger.domain.entry.api.Side.DEBIT ? net.add(value) : net.subtract(value);
        }
        long currencies = postings.stream().map(PostingRequest::currency).filter(Objects::nonNull).distinct().count();
        if (currencies <= 1 && net.signum() != 0) {
            throw LedgerRefusal.of(RefusalCode.UNBALANCED_ENTRY, "postings", "debits and credits differ by " + net.abs());
        }
    }
}
