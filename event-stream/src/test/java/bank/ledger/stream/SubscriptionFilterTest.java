package bank.ledger.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bank.ledger.domain.refusal.LedgerRefusal;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SubscriptionFilterTest {
    private static EventEnvelope event(String type, List<String> accounts) {
        return new EventEnvelope(1, "e-1", type, 1, 7, "x", 0, null, Instant.EPOCH, null, accounts, Map.of());
    }

    @Nested
    class Matching {
        @Test
        void an_empty_filter_matches_every_event_even_one_naming_no_account() {
            SubscriptionFilter all = new SubscriptionFilter(null, null);

            assertThat(all.matches(event("JournalEntryReversed", List.of()))).isTrue();
            assertThat(all.matches(event("AccountOpened", List.of("a")))).isTrue();
        }

        @Test
        void an_event_matches_when_its_type_is_wanted_and_it_names_a_wanted_account() {
            SubscriptionFilter filter = new SubscriptionFilter(List.of("JournalEntryPosted"), List.of("b"));

            assertThat(filter.matches(event("JournalEntryPosted", List.of("a", "b")))).isTrue();
            assertThat(filter.matches(event("JournalEntryPosted", List.of("a", "c")))).isFalse();
            assertThat(filter.matches(event("AccountBalanceChanged", List.of("b")))).isFalse();
            assertThat(filter.matches(event("JournalEntryReversed", List.of()))).isFalse();
        }

        @Test
        void survives_its_round_trip_through_the_database_columns() {
            SubscriptionFilter filter = new SubscriptionFilter(List.of("AccountOpened"), List.of("a", "b"));

            assertThat(SubscriptionFilter.fromJson(filter.eventTypesJson(), filter.accountIdsJson())).isEqualTo(filter);
        }
    }

    @Nested
    class Validation {
        @Test
        void refuses_an_unknown_type_naming_its_index() {
            assertThatThrownBy(() -> new SubscriptionFilter(List.of("AccountOpened", "Nope"), null).validated())
                    .isInstanceOfSatisfying(LedgerRefusal.class, r -> assertThat(r.field()).isEqualTo("eventTypes[1]"));
        }

        @Test
        void takes_at_most_a_hundred_accounts() {
            List<String> hundred = Collections.nCopies(100, "a");
            List<String> more = Collections.nCopies(101, "a");

            assertThat(new SubscriptionFilter(null, hundred).validated().accountIds()).hasSize(100);
            assertThatThrownBy(() -> new SubscriptionFilter(null, more).validated())
                    .isInstanceOfSatisfying(LedgerRefusal.class, r -> assertThat(r.field()).isEqualTo("accountIds"));
        }

        @Test
        void refuses_a_blank_or_overlong_account_id() {
            assertThatThrownBy(() -> new SubscriptionFilter(null, List.of("a", " ")).validated())
                    .isInstanceOfSatisfying(LedgerRefusal.class, r -> assertThat(r.field()).isEqualTo("accountIds[1]"));
            assertThatThrownBy(() -> new SubscriptionFilter(null, List.of("x".repeat(129))).validated())
                    .isInstanceOf(LedgerRefusal.class);
            assertThat(new SubscriptionFilter(null, List.of("x".repeat(128))).validated().accountIds()).hasSize(1);
        }
    }
}
