package bank.ledger.app.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bank.ledger.stream.EventCatalogue;
import bank.ledger.stream.RoutingKeys;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The catalogue covers every event of every module (any {@code @Revision} class under bank.ledger): an event
 * added without a public form is caught here, not by a publisher that stops in production. A snapshotted
 * aggregate carries {@code @Revision} for its snapshots, which stay in the snapshot table and are never
 * published: it is not an event.
 */
class EventCatalogueTest {

    @Nested
    class Coverage {
        @Test
        void every_event_of_the_ledger_has_a_published_form() {
            List<Class<?>> events = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("bank.ledger").stream()
                    .filter(c -> c.isAnnotatedWith(Revision.class)).filter(c -> !isAggregate(c))
                    .map(JavaClass::reflect).toList();

            assertThat(events).isNotEmpty();
            java.util.Set<Class<?>> reviewed = new java.util.HashSet<>(EventCatalogue.publishedClasses());
            reviewed.addAll(EventCatalogue.internalClasses());
            assertThat(reviewed).containsExactlyInAnyOrderElementsOf(events);
            assertThat(EventCatalogue.publishedClasses()).doesNotContainAnyElementsOf(EventCatalogue.internalClasses());
        }

        private static boolean isAggregate(JavaClass type) {
            return type.getAllFields().stream().anyMatch(field -> field.isAnnotatedWith(AggregateIdentifier.class));
        }

        @Test
        void an_unknown_event_is_refused_rather_than_published_unreviewed_or_skipped() {
            assertThatThrownBy(() -> EventCatalogue.describe("not an event"))
                    .isInstanceOf(EventCatalogue.UnpublishedEventType.class);
        }
    }

    @Nested
    class AccountWordsInRoutingKeys {
        @Test
        void a_plain_id_is_kept_as_is() {
            assertThat(RoutingKeys.of("JournalEntryPosted", "cash-EUR_1")).isEqualTo("JournalEntryPosted.cash-EUR_1");
        }

        @Test
        void an_id_with_dots_or_wildcards_becomes_one_hashed_word() {
            String word = RoutingKeys.accountWord("cash.eur#1");

            assertThat(word).startsWith("~").hasSize(65).doesNotContain(".", "#", "*");
            assertThat(RoutingKeys.accountWord("cash.eur#1")).isEqualTo(word);
        }

        @Test
        void an_id_that_looks_like_the_no_account_word_is_hashed_too() {
            assertThat(RoutingKeys.accountWord("-")).isNotEqualTo(RoutingKeys.NO_ACCOUNT);
            assertThat(RoutingKeys.accountWord(null)).isEqualTo(RoutingKeys.NO_ACCOUNT);
        }
    }
}
