package bank.ledger.stream.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import bank.ledger.domain.account.api.AccountFlags;
import bank.ledger.domain.account.api.AccountOpened;
import bank.ledger.domain.account.api.AccountType;
import bank.ledger.stream.SubscriptionFilter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The outbox reads the webhook list now and then, not per event, and misses no event of a new webhook. */
class WebhookSubscriptionsTest {
    private static final long TTL_MS = 5000;
    private final AtomicLong clock = new AtomicLong(1_000_000_000L);
    private final List<WebhookStore.Webhook> table = new ArrayList<>();
    private final AtomicInteger loads = new AtomicInteger();
    private final WebhookSubscriptions subscriptions = new WebhookSubscriptions(() -> {
        loads.incrementAndGet();
        return List.copyOf(table);
    }, clock::get, TTL_MS);

    private static WebhookStore.Webhook webhook(String id, long fromPosition) {
        return new WebhookStore.Webhook(id, "alice", "https://example.com/hook", null,
                new SubscriptionFilter(List.of(), List.of()), 8, fromPosition, Instant.EPOCH);
    }

    private void later(long ms) {
        clock.addAndGet(ms * 1_000_000);
    }

    @Nested
    class Reading {
        @Test
        void events_within_the_ttl_are_matched_against_one_reading_of_the_table() {
            table.add(webhook("wh-1", 0));
            for (int event = 0; event < 100; event++) {
                assertThat(subscriptions.read(false).webhooks()).hasSize(1);
                later(10);
            }

            assertThat(loads).hasValue(1);
        }

        @Test
        void a_webhook_made_on_this_node_is_matched_from_the_next_event() {
            subscriptions.read(false);
            table.add(webhook("wh-new", 0));
            subscriptions.invalidate();

            WebhookSubscriptions.Reading reading = subscriptions.read(false);

            assertThat(reading.webhooks()).extracting(WebhookStore.Webhook::id).containsExactly("wh-new");
            assertThat(reading.added()).extracting(WebhookStore.Webhook::id).containsExactly("wh-new");
        }

        @Test
        void a_webhook_deleted_on_this_node_is_no_longer_matched() {
            table.add(webhook("wh-gone", 0));
            subscriptions.read(false);
            table.clear();
            subscriptions.invalidate();

            assertThat(subscriptions.read(false).webhooks()).isEmpty();
        }

        @Test
        void a_change_on_another_node_shows_once_the_ttl_has_passed_and_not_before() {
            subscriptions.read(false);
            table.add(webhook("wh-elsewhere", 0));
            later(TTL_MS - 1);
            assertThat(subscriptions.read(false).webhooks()).isEmpty();

            later(1);

            assertThat(subscriptions.read(false).added()).extracting(WebhookStore.Webhook::id)
                    .containsExactly("wh-elsewhere");
        }

        @Test
        void a_forced_reading_goes_to_the_table_within_the_ttl() {
            subscriptions.read(false);

            assertThat(subscriptions.read(true).reloaded()).isTrue();
            assertThat(loads).hasValue(2);
        }
    }

    @Nested
    class Outbox {
        private final WebhookStore store = mock(WebhookStore.class);
        private final WebhookOutbox outbox = new WebhookOutbox(store, subscriptions);

        private void handle(long position) {
            AccountOpened opened = new AccountOpened("acc-" + position, "C" + position, "Cash", AccountType.ASSET,
                    "EUR", new AccountFlags(false, false), Map.of(), Instant.EPOCH);
            outbox.on(opened, new GenericDomainEventMessage<>("Account", "acc-" + position, 0, opened),
                    new GlobalSequenceTrackingToken(position));
        }

        @Test
        void a_webhook_made_on_another_node_gets_the_events_after_its_position_that_went_by_before_the_reading() {
            handle(1);
            table.add(webhook("wh-elsewhere", 2)); // made when the head was at 2, seen only after the ttl
            handle(2);
            handle(3);
            handle(4);
            later(TTL_MS);

            handle(5);

            verify(store, never()).enqueue(eq("wh-elsewhere"), anyString(), anyString(), eq(2L), anyString());
            for (long position = 3; position <= 5; position++) {
                verify(store).enqueue(eq("wh-elsewhere"), anyString(), eq("AccountOpened"), eq(position), anyString());
            }
            assertThat(loads).hasValue(2);
        }

        @Test
        void a_full_buffer_of_handled_events_forces_a_reading_so_none_is_dropped() {
            handle(1);
            for (int i = 0; i < WebhookOutbox.SINCE_RELOAD_MAX; i++) {
                handle(2 + i);
            }

            assertThat(loads).hasValue(2);
            verify(store, times(0)).enqueue(anyString(), anyString(), anyString(), anyLong(), anyString());
        }
    }
}
