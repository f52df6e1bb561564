package bank.ledger.domain.account;

import static bank.ledger.domain.account.AccountFixtures.CLOCK;
import static bank.ledger.domain.account.AccountFixtures.withCode;
import static bank.ledger.domain.account.AccountFixtures.withCurrency;
import static bank.ledger.domain.account.AccountFixtures.withFlags;
import static bank.ledger.domain.account.AccountFixtures.withId;
import static bank.ledger.domain.account.AccountFixtures.withMetadata;
import static bank.ledger.domain.account.AccountFixtures.withName;
import static bank.ledger.domain.account.AccountFixtures.withType;
import static bank.ledger.domain.support.Refusals.refusal;

import bank.ledger.domain.account.api.AccountFlags;
import bank.ledger.domain.account.api.AccountOpened;
import bank.ledger.domain.account.api.OpenAccount;
import bank.ledger.domain.identity.IdentityRegistry;
import bank.ledger.domain.refusal.Fields;
import bank.ledger.domain.refusal.RefusalCode;
import bank.ledger.domain.support.InMemoryIdentityRegistry;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Opening an account checks every field of the request before anything is recorded. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AccountOpeningValidationTest {
    /** A ledger of its own for every request, so that several requests in one test do not meet. */
    private static FixtureConfiguration<Account> fixture() {
        FixtureConfiguration<Account> fixture = new AggregateTestFixture<>(Account.class);
        fixture.registerInjectableResource(new InMemoryIdentityRegistry());
        fixture.registerInjectableResource(CLOCK);
        fixture.registerInjectableResource(bank.ledger.domain.approval.FourEyes.off());
        return fixture;
    }

    private void accepted(OpenAccount command) {
        fixture().givenNoPriorActivity().when(command)
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(Matchers.exactSequenceOf(Matchers.messageWithPayload(
                        org.hamcrest.Matchers.instanceOf(AccountOpened.class)), Matchers.andNoMore()));
    }

    private void refused(OpenAccount command, RefusalCode code, String field) {
        fixture().givenNoPriorActivity().when(command).expectNoEvents().expectException(refusal(code, field));
    }

    @Nested
    class The_id {
        @Test
        void is_required() {
            refused(withId(null), RefusalCode.INVALID_FIELD, "id");
            refused(withId(" "), RefusalCode.INVALID_FIELD, "id");
        }

        @Test
        void has_at_most_128_characters_so_that_postings_can_name_it() {
            accepted(withId("a".repeat(128)));
            refused(withId("a".repeat(129)), RefusalCode.INVALID_FIELD, "id");
        }

        @ParameterizedTest
        @ValueSource(strings = {"a b", "a\"b", "a\\b", "a\nb", "a\u0000b", "a/b", "-a"})
        void outside_the_id_charset_is_refused_before_anything_is_reserved(String id) {
            InMemoryIdentityRegistry registry = new InMemoryIdentityRegistry();
            FixtureConfiguration<Account> fixture = new AggregateTestFixture<>(Account.class);
            fixture.registerInjectableResource(registry);
            fixture.registerInjectableResource(CLOCK);
            fixture.givenNoPriorActivity().when(withId(id)).expectNoEvents()
                    .expectException(refusal(RefusalCode.INVALID_ID, "id"));
            org.assertj.core.api.Assertions.assertThat(registry.isReserved(id, IdentityRegistry.Kind.ACCOUNT)).isFalse();
        }
    }

    @Nested
    class Text_the_store_can_hold {
        @Test
        void a_name_or_code_with_u0000_or_a_line_break_is_invalidText() {
            refused(withName("Cash\u0000"), RefusalCode.INVALID_TEXT, "name");
            refused(withName("Cash\nat bank"), RefusalCode.INVALID_TEXT, "name");
            refused(withCode("C\u0085"), RefusalCode.INVALID_TEXT, "code");
        }

        @Test
        void a_name_with_an_unpaired_surrogate_is_invalidText_and_a_paired_one_is_accepted() {
            refused(withName("Cash \ud800"), RefusalCode.INVALID_TEXT, "name");
            accepted(withName("Cash \ud83d\ude00"));
        }

        @Test
        void metadata_keys_and_values_with_u0000_are_invalidText_naming_the_entry() {
            refused(withMetadata(Map.of("note", "a\u0000b")), RefusalCode.INVALID_TEXT, "metadata.note");
            refused(withMetadata(Map.of("no\u0000te", "v")), RefusalCode.INVALID_TEXT, "metadata.no\uFFFDte");
        }
    }

    @Nested
    class The_code_and_name {
        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {" ", "\t"})
        void a_missing_code_is_refused(String code) {
            refused(withCode(code), RefusalCode.INVALID_FIELD, "code");
        }

        @Test
        void a_code_has_at_most_64_characters() {
            accepted(withCode("C".repeat(AccountRules.CODE_LENGTH_MAX)));
            refused(withCode("C".repeat(AccountRules.CODE_LENGTH_MAX + 1)), RefusalCode.INVALID_FIELD, "code");
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = " ")
        void a_missing_name_is_refused(String name) {
            refused(withName(name), RefusalCode.INVALID_FIELD, "name");
        }

        @Test
        void a_name_has_at_most_200_characters() {
            accepted(withName("N".repeat(AccountRules.NAME_LENGTH_MAX)));
            refused(withName("N".repeat(AccountRules.NAME_LENGTH_MAX + 1)), RefusalCode.INVALID_FIELD, "name");
        }
    }

    @Nested
    class The_type_currency_and_flags {
        @Test
        void a_missing_type_is_refused() {
            refused(withType(null), RefusalCode.INVALID_FIELD, "type");
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"eur", "EURO", "XAU", "XXX", "ABC", "E1R"})
        void anything_but_an_iso_4217_currency_with_minor_units_is_refused(String currency) {
            refused(withCurrency(currency), RefusalCode.UNSUPPORTED_CURRENCY, "currency");
        }

        @ParameterizedTest
        @ValueSource(strings = {"EUR", "JPY", "KWD", "CLF"})
        void currencies_with_zero_to_four_decimals_are_accepted(String currency) {
            accepted(withCurrency(currency));
        }

        @Test
        void either_balance_guard_alone_is_accepted() {
            accepted(withFlags(new AccountFlags(true, false)));
            accepted(withFlags(new AccountFlags(false, true)));
        }

        @Test
        void both_balance_guards_together_are_refused() {
            refused(withFlags(new AccountFlags(true, true)), RefusalCode.INVALID_FIELD, "flags");
        }
    }

    @Nested
    class The_metadata {
        @Test
        void has_at_most_32_entries() {
            accepted(withMetadata(entries(Fields.METADATA_ENTRIES_MAX)));
            refused(withMetadata(entries(Fields.METADATA_ENTRIES_MAX + 1)), RefusalCode.INVALID_FIELD, "metadata");
        }

        @Test
        void keys_are_non_blank_and_at_most_64_characters() {
            accepted(withMetadata(Map.of("k".repeat(64), "v")));
            refused(withMetadata(Map.of("k".repeat(65), "v")), RefusalCode.INVALID_FIELD, "metadata");
            refused(withMetadata(Map.of(" ", "v")), RefusalCode.INVALID_FIELD, "metadata");
        }

        @Test
        void values_have_at_most_500_characters_and_the_refusal_names_the_key() {
            accepted(withMetadata(Map.of("note", "v".repeat(500))));
            refused(withMetadata(Map.of("note", "v".repeat(501))), RefusalCode.INVALID_FIELD, "metadata.note");
        }

        private Map<String, String> entries(int count) {
            Map<String, String> metadata = new HashMap<>();
            for (int i = 0; i < count; i++) {
                metadata.put("key" + i, "value" + i);
            }
            return metadata;
        }
    }
}
