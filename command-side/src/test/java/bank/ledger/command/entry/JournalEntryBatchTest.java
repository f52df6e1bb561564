package bank.ledger.command.entry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bank.ledger.command.approval.CommandHeld;
import bank.ledger.command.approval.LedgerCommandGateway;
import bank.ledger.command.dispatch.CommandOrigin;
import bank.ledger.domain.entry.api.EntryStatus;
import bank.ledger.domain.entry.api.JournalEntryState;
import bank.ledger.domain.entry.api.PostJournalEntry;
import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A batch of entries: each posted as its own command, its own result, in the order sent. */
class JournalEntryBatchTest {
    private static final CommandOrigin ORIGIN = new CommandOrigin("alice", "accountant", "api", "c-1");

    /** A gateway that answers each entry by its id, recording the threads it ran on. */
    private static final class Gateway extends LedgerCommandGateway {
        final Set<String> threads = ConcurrentHashMap.newKeySet();
        final Function<String, Object> answer;

        Gateway(Function<String, Object> answer) {
            super(null);
            this.answer = answer;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <R> R send(Object command, CommandOrigin origin) {
            threads.add(Thread.currentThread().getName());
            Object result = answer.apply(((PostJournalEntry) command).entryId());
            if (result instanceof RuntimeException failure) {
                throw failure;
            }
            return (R) result;
        }
    }

    private static JournalEntryState state(String id, boolean replayed) {
        return new JournalEntryState(id, EntryStatus.POSTED, null, null, List.of(), List.of(), Map.of(), null, null,
                Instant.EPOCH, replayed);
    }

    private static List<JournalEntryRequests.PostEntry> entries(String... ids) {
        return Arrays.stream(ids).map(id -> new JournalEntryRequests.PostEntry(id, null, null, null, List.of(), null, null))
                .toList();
    }

    private static List<JournalEntryBatch.Result> post(Gateway gateway, int parallelism,
                                                       List<JournalEntryRequests.PostEntry> entries) {
        try (JournalEntryBatch batch = new JournalEntryBatch(gateway, new JournalBatchProperties(5, parallelism, 1))) {
            return batch.post(entries, ORIGIN);
        }
    }

    @Nested
    class Post_the_entries {
        @Test
        void each_entry_gets_its_own_result_in_the_order_sent() {
            Gateway gateway = new Gateway(id -> switch (id) {
                case "b" -> LedgerRefusal.of(RefusalCode.UNBALANCED_ENTRY, "postings", "debits differ from credits");
                case "c" -> state(id, true);
                case "d" -> new CommandHeld("ap-1", "large posting");
                default -> state(id, false);
            });

            List<JournalEntryBatch.Result> results = post(gateway, 2, entries("a", "b", "c", "d", "e"));

            assertThat(results).extracting(JournalEntryBatch.Result::id).containsExactly("a", "b", "c", "d", "e");
            assertThat(results).extracting(JournalEntryBatch.Result::result)
                    .containsExactly("created", "refused", "replayed", "held", "created");
            assertThat(results.get(1).code()).isEqualTo("unbalancedEntry");
            assertThat(results.get(1).status()).isEqualTo(422);
            assertThat(results.get(1).field()).isEqualTo("entries[1].postings");
            assertThat(results.get(3).approvalId()).isEqualTo("ap-1");
        }

        @Test
        void entries_run_on_as_many_lanes_as_the_parallelism_allows_the_request_thread_being_one() {
            Gateway gateway = new Gateway(id -> {
                sleep(50);
                return state(id, false);
            });

            post(gateway, 3, entries("a", "b", "c", "d", "e"));

            assertThat(gateway.threads).hasSizeLessThanOrEqualTo(3).contains(Thread.currentThread().getName());
        }

        @Test
        void a_fault_fails_the_whole_request_for_a_resend() {
            Gateway gateway = new Gateway(id -> id.equals("c") ? new IllegalStateException("database down")
                    : state(id, false));

            assertThatThrownBy(() -> post(gateway, 2, entries("a", "b", "c"))).hasMessage("database down");
        }
    }

    @Nested
    class Refuse_the_batch_whole {
        private final Gateway neverCalled = new Gateway(id -> {
            throw new AssertionError("no entry may run");
        });

        @Test
        void with_no_entries_or_more_than_the_maximum() {
            assertRefused(List.of(), "tooFewEntries", "entries");
            assertRefused(null, "tooFewEntries", "entries");
            assertRefused(entries("a", "b", "c", "d", "e", "f"), "tooManyEntries", "entries");
        }

        @Test
        void when_one_id_comes_twice_naming_the_second() {
            assertRefused(entries("a", "b", "a"), "duplicateEntryId", "entries[2].id");
        }

        @Test
        void when_an_entry_is_null() {
            List<JournalEntryRequests.PostEntry> withNull = new ArrayList<>(entries("a"));
            withNull.add(null);
            assertRefused(withNull, "invalidField", "entries[1]");
        }

        private void assertRefused(List<JournalEntryRequests.PostEntry> entries, String code, String field) {
            assertThatThrownBy(() -> post(neverCalled, 2, entries)).isInstanceOfSatisfying(LedgerRefusal.class,
                    refusal -> {
                        assertThat(refusal.code().code()).isEqualTo(code);
                        assertThat(refusal.field()).isEqualTo(field);
                    });
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
