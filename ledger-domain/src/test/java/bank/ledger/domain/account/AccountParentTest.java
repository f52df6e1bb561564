package bank.ledger.domain.account;

import static bank.ledger.domain.account.AccountFixtures.CLOCK;
import static bank.ledger.domain.account.AccountFixtures.NOW;
import static bank.ledger.domain.support.Refusals.refusal;

import bank.ledger.domain.account.api.AccountFlags;
import bank.ledger.domain.account.api.AccountOpened;
import bank.ledger.domain.account.api.AccountType;
import bank.ledger.domain.account.api.OpenAccount;
import bank.ledger.domain.identity.IdentityRegistry;
import bank.ledger.domain.refusal.RefusalCode;
import bank.ledger.domain.support.InMemoryIdentityRegistry;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** An account may be opened under a parent account, for roll-ups in the chart of accounts. */
class AccountParentTest {
    private final InMemoryIdentityRegistry registry = new InMemoryIdentityRegistry();

    private FixtureConfiguration<Account> fixture() {
        FixtureConfiguration<Account> fixture = new AggregateTestFixture<>(Account.class);
        fixture.registerInjectableResource(registry);
        fixture.registerInjectableResource(CLOCK);
        fixture.registerInjectableResource(bank.ledger.domain.approval.FourEyes.off());
        return fixture;
    }

    private static OpenAccount under(String id, String parent) {
        return new OpenAccount(id, "C-" + id, "Account " + id, AccountType.ASSET, "EUR", AccountFlags.NONE, Map.of(),
                parent);
    }

    @Nested
    class OpenAccountUnderAParent {
        @Test
        void an_account_opens_under_an_existing_account_and_the_event_names_the_parent() {
            registry.reserve("assets", IdentityRegistry.Kind.ACCOUNT, "id");

            fixture().givenNoPriorActivity().when(under("cash", "assets"))
                    .expectEvents(new AccountOpened("cash", "C-cash", "Account cash", AccountType.ASSET, "EUR",
                            AccountFlags.NONE, Map.of(), NOW, "assets"));
        }

        @Test
        void a_parent_that_does_not_exist_is_refused() {
            fixture().givenNoPriorActivity().when(under("cash", "nowhere"))
                    .expectNoEvents().expectException(refusal(RefusalCode.ACCOUNT_NOT_FOUND, "parentAccountId"));
        }

        @Test
        void a_journal_entry_id_is_no_parent() {
            registry.reserve("je-1", IdentityRegistry.Kind.JOURNAL_ENTRY, "id");

            fixture().givenNoPriorActivity().when(under("cash", "je-1"))
                    .expectNoEvents().expectException(refusal(RefusalCode.ACCOUNT_NOT_FOUND, "parentAccountId"));
        }

        @Test
        void an_account_is_not_its_own_parent() {
            fixture().givenNoPriorActivity().when(under("cash", "cash"))
                    .expectNoEvents().expectException(refusal(RefusalCode.INVALID_FIELD, "parentAccountId"));
        }

        @Test
        void retrying_with_another_parent_is_an_idempotency_conflict() {
            registry.reserve("assets", IdentityRegistry.Kind.ACCOUNT, "id");
            registry.reserve("cash", IdentityRegistry.Kind.ACCOUNT, "id");

            fixture().given(new AccountOpened("cash", "C-cash", "Account cash", AccountType.ASSET, "EUR",
                            AccountFlags.NONE, Map.of(), NOW, "assets"))
                    .when(under("cash", null))
                    .expectNoEvents().expectException(refusal(RefusalCode.IDEMPOTENCY_CONFLICT, "id"));
        }
    }
}
