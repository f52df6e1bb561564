package bank.ledger.command.period.yearend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import bank.ledger.command.approval.LedgerCommandGateway;
import bank.ledger.command.dispatch.CommandOrigin;
import bank.ledger.domain.entry.api.EntryStatus;
import bank.ledger.domain.entry.api.JournalEntryState;
import bank.ledger.domain.entry.api.PostJournalEntry;
import bank.ledger.domain.entry.api.Posting;
import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The closing's decisions around the entry: when it may run, which generation, what a rerun answers. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class YearEndClosingTest {
    static final CommandOrigin ORIGIN = CommandOrigin.system("accountant", "api");
    final Set<String> idsTaken = new HashSet<>();
    final Set<String> clientEntries = new HashSet<>();
    final List<Object> sent = new ArrayList<>();
    List<YearEndEntry.Balance> balances = List.of(new YearEndEntry.Balance("sales", "INCOME", -100_000),
            new YearEndEntry.Balance("rent", "EXPENSE", 30_000));
    RuntimeException refusal;

    final YearEndClosingReads reads = new YearEndClosingReads(null, null) {
        @Override
        Optional<Account> account(String accountId) {
            return Optional.of(new Account(accountId, accountId.startsWith("re") ? "EQUITY" : "INCOME", "EUR"));
        }

        @Override
        List<YearEndEntry.Balance> balances(String currency, LocalDate firstDay, LocalDate lastDay,
                                             List<String> excludedEntryIds, int limit) {
            return balances.subList(0, Math.min(limit, balances.size()));
        }

        @Override
        List<String> unclosedCurrencies(String currency, LocalDate firstDay, LocalDate lastDay) {
            return List.of();
        }

        @Override
        boolean entryExists(String entryId) {
            return idsTaken.contains(entryId);
        }

        @Override
        boolean isOtherThanReversalOf(String entryId, String reversed) {
            return clientEntries.contains(entryId);
        }

        @Override
        boolean isClosingEntry(String entryId, int year, String currency) {
            return idsTaken.contains(entryId) && !clientEntries.contains(entryId);
        }

        @Override
        boolean entryKnown(String entryId) {
            return idsTaken.contains(entryId);
        }
    };

    final LedgerCommandGateway commands = new LedgerCommandGateway(null) {
        @Override
        @SuppressWarnings("unchecked")
        public <R> R send(Object command, CommandOrigin origin) {
            sent.add(command);
            if (refusal != null) {
                throw refusal;
            }
            PostJournalEntry post = (PostJournalEntry) command;
            return (R) new JournalEntryState(post.entryId(), EntryStatus.POSTED, post.effectiveDate(), post.description(),
                    List.<Posting>of(), List.<Posting>of(), post.metadata(), null, null, Instant.EPOCH, false);
        }
    };

    YearEndClosing closingOn(String today, int accountsMax) {
        return new YearEndClosing(commands, reads, new YearEndProperties(accountsMax),
                Clock.fixed(Instant.parse(today + "T08:00:00Z"), ZoneOffset.UTC), purpose -> { });
    }

    @Nested
    class When_it_may_run {
        @Test
        void from_the_day_after_the_year_s_last_day_not_on_it() {
            LedgerRefusal early = catchThrowableOfType(LedgerRefusal.class,
                    () -> closingOn("2025-12-31", 499).run("2025", "re-eur", null, ORIGIN));
            assertThat(early.code()).isEqualTo(RefusalCode.PERIOD_NOT_ENDED);
            assertThat(early.field()).isEqualTo("year");

            assertThat(closingOn("2026-01-01", 499).run("2025", "re-eur", null, ORIGIN).outcome()).isEqualTo("POSTED");
        }

        @Test
        void only_into_an_equity_account() {
            LedgerRefusal refused = catchThrowableOfType(LedgerRefusal.class,
                    () -> closingOn("2026-01-01", 499).run("2025", "sales", null, ORIGIN));
            assertThat(refused.code()).isEqualTo(RefusalCode.RETAINED_EARNINGS_NOT_EQUITY);
            assertThat(refused.field()).isEqualTo("retainedEarningsAccountId");
        }
    }

    @Nested
    class The_limit {
        @Test
        void refuses_more_accounts_than_the_setting_and_takes_exactly_as_many() {
            LedgerRefusal refused = catchThrowableOfType(LedgerRefusal.class,
                    () -> closingOn("2026-01-01", 1).run("2025", "re-eur", null, ORIGIN));
            assertThat(refused.code()).isEqualTo(RefusalCode.TOO_MANY_ACCOUNTS);
            assertThat(sent).isEmpty();

            assertThat(closingOn("2026-01-01", 2).run("2025", "re-eur", null, ORIGIN).outcome()).isEqualTo("POSTED");
        }
    }

    @Nested
    class The_generation {
        @Test
        void is_the_next_one_after_each_reversal_of_this_closing() {
            idsTaken.addAll(List.of("yec-2025-EUR", "yec-2025-EUR-rev"));
            assertThat(closingOn("2026-01-01", 499).run("2025", "re-eur", null, ORIGIN).entryId())
                    .isEqualTo("yec-2025-EUR-r1");
        }

        @Test
        void does_not_move_for_a_client_s_entry_under_the_reversal_s_id() {
            idsTaken.addAll(List.of("yec-2025-EUR", "yec-2025-EUR-rev"));
            clientEntries.add("yec-2025-EUR-rev");
            assertThat(closingOn("2026-01-01", 499).run("2025", "re-eur", null, ORIGIN).entryId())
                    .isEqualTo("yec-2025-EUR");
        }
    }

    @Nested
    class A_rerun_on_other_figures {
        @Test
        void answers_the_closing_already_posted_and_says_the_figures_changed() {
            idsTaken.add("yec-2025-EUR");
            refusal = LedgerRefusal.of(RefusalCode.IDEMPOTENCY_CONFLICT, "id", "other content");
            YearEndClosing.Result result = closingOn("2026-01-01", 499).run("2025", "re-eur", null, ORIGIN);
            assertThat(result.outcome()).isEqualTo("ALREADY_POSTED");
            assertThat(result.figuresChanged()).isTrue();
        }

        @Test
        void never_claims_a_client_s_entry_under_the_closing_s_id() {
            idsTaken.add("yec-2025-EUR");
            clientEntries.add("yec-2025-EUR");
            refusal = LedgerRefusal.of(RefusalCode.IDEMPOTENCY_CONFLICT, "id", "other content");
            LedgerRefusal refused = catchThrowableOfType(LedgerRefusal.class,
                    () -> closingOn("2026-01-01", 499).run("2025", "re-eur", null, ORIGIN));
            assertThat(refused.code()).isEqualTo(RefusalCode.ID_ALREADY_USED);
        }
    }
}
