package bank.ledger.app.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import bank.ledger.app.support.LedgerIntegrationTest;
import bank.ledger.app.support.TestActors;
import bank.ledger.command.approval.MakerChecker;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import ledger.client.ApiClient;
import ledger.client.ApiException;
import ledger.client.ApiResponse;
import ledger.client.api.AccountsApi;
import ledger.client.api.ApprovalsApi;
import ledger.client.api.AuthenticationApi;
import ledger.client.api.HoldsApi;
import ledger.client.api.JournalEntriesApi;
import ledger.client.api.UsersApi;
import ledger.client.model.AuthCredentials;
import ledger.client.model.JournalEntryRequestsReverse;
import ledger.client.model.NewUser;
import ledger.client.model.JournalEntryResponse;
import ledger.client.model.OpenAccountRequest;
import ledger.client.model.PostEntry;
import ledger.client.model.PostHold;
import ledger.client.model.PostingRequest;
import ledger.client.model.Problem;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The README walkthrough through a client generated from the checked-in {@code docs/openapi.json}
 * (never from the code): if the document lied about a path, a body, a status or a schema, these calls
 * would not compile or would fail here.
 */
class OpenApiClientIT extends LedgerIntegrationTest {
    @Autowired
    MakerChecker makerChecker;

    private ApiClient client(String accessToken) {
        ApiClient client = new ApiClient();
        client.updateBaseUri("http://127.0.0.1:" + port);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + accessToken));
        return client;
    }

    /** Signs in through the generated client (the user is made once per run by {@link TestActors}). */
    private ApiClient signedIn(String role) throws ApiException {
        api.as(role);
        ApiClient anonymous = new ApiClient();
        anonymous.updateBaseUri("http://127.0.0.1:" + port);
        String token = new AuthenticationApi(anonymous).signIn(new AuthCredentials()
                .username(TestActors.username(role)).password(TestActors.password(role))).getAccessToken();
        return client(token);
    }

    private static OpenAccountRequest account(String id, OpenAccountRequest.TypeEnum type) {
        return new OpenAccountRequest().id(id).code("C-" + id).name("Account " + id).type(type).currency("EUR");
    }

    private static PostEntry entry(String id, String debit, String credit, String amount) {
        return new PostEntry().id(id).effectiveDate(LocalDate.of(2026, 11, 25)).description("walkthrough")
                .postings(List.of(
                        new PostingRequest().accountId(debit).side(PostingRequest.SideEnum.DEBIT).amount(amount),
                        new PostingRequest().accountId(credit).side(PostingRequest.SideEnum.CREDIT).amount(amount)));
    }

    private static Problem problem(ApiException refusal) throws Exception {
        return new ApiClient().getObjectMapper().readValue(refusal.getResponseBody(), Problem.class);
    }

    @Nested
    class TheReadmeWalkthrough {
        @Test
        void accounts_a_deposit_a_hold_posted_in_part_and_a_refused_overdraft() throws Exception {
            ApiClient accountant = signedIn("accountant");
            AccountsApi accounts = new AccountsApi(accountant);
            JournalEntriesApi entries = new JournalEntriesApi(accountant);
            String cash = newId("cash");
            String alice = newId("alice");

            assertThat(accounts.openAccountWithHttpInfo(account(cash, OpenAccountRequest.TypeEnum.ASSET)).getStatusCode())
                    .isEqualTo(201);
            assertThat(accounts.openAccountWithHttpInfo(account(cash, OpenAccountRequest.TypeEnum.ASSET)).getStatusCode())
                    .as("an identical retry").isEqualTo(200);
            accounts.openAccount(account(alice, OpenAccountRequest.TypeEnum.LIABILITY).debitsMustNotExceedCredits(true));
            ApiResponse<JournalEntryResponse> deposit = entries.postJournalEntryWithHttpInfo(entry(newId("dep"), cash, alice, "100.00"));
            assertThat(deposit.getStatusCode()).isEqualTo(201);
            assertThat(deposit.getData().getStatus()).isEqualTo("POSTED");
            Awaitility.await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> "100.00".equals(accounts.getAccount(alice).getBalance()));

            String hold = newId("hold");
            assertThat(entries.postJournalEntry(entry(hold, alice, cash, "60.00").pending(true)).getStatus()).isEqualTo("PENDING");
            JournalEntryResponse posted = new HoldsApi(accountant).postHold(hold, new PostHold().postings(List.of(
                    new PostingRequest().accountId(alice).side(PostingRequest.SideEnum.DEBIT).amount("45.00"),
                    new PostingRequest().accountId(cash).side(PostingRequest.SideEnum.CREDIT).amount("45.00"))));
            assertThat(posted.getStatus()).isEqualTo("POSTED");

            ApiException overdraft = catchThrowableOfType(ApiException.class,
                    () -> entries.postJournalEntry(entry(newId("big"), alice, cash, "500.00")));
            assertThat(overdraft.getCode()).isEqualTo(422);
            assertThat(problem(overdraft).getCode()).isEqualTo("exceedsCredits");
            assertThat(problem(overdraft).getField()).isEqualTo("postings[0]");
        }

        @Test
        void a_reversal_is_held_with_202_and_runs_when_another_person_approves_it() throws Exception {
            ApiClient accountant = signedIn("accountant");
            AccountsApi accounts = new AccountsApi(accountant);
            JournalEntriesApi entries = new JournalEntriesApi(accountant);
            String cash = newId("cash");
            String deposits = newId("deposits");
            accounts.openAccount(account(cash, OpenAccountRequest.TypeEnum.ASSET));
            accounts.openAccount(account(deposits, OpenAccountRequest.TypeEnum.LIABILITY));
            String deposit = newId("dep");
            entries.postJournalEntry(entry(deposit, cash, deposits, "100.00"));
            boolean wasEnabled = makerChecker.setEnabled(true);
            try {
                String reversal = newId("rev");
                ApiResponse<JournalEntryResponse> held = entries.reverseJournalEntryWithHttpInfo(deposit,
                        new JournalEntryRequestsReverse().id(reversal).description("keyed twice"));
                assertThat(held.getStatusCode()).isEqualTo(202);
                String location = held.getHeaders().get("location").get(0);
                assertThat(location).startsWith("/api/v1/approvals/");

                ApiClient admin = signedIn("admin");
                String approvalId = location.substring(location.lastIndexOf('/') + 1);
                assertThat(new ApprovalsApi(admin).approveRequestWithHttpInfo(approvalId).getStatusCode()).isEqualTo(201);
                Awaitility.await().atMost(Duration.ofSeconds(60)).ignoreExceptions()
                        .until(() -> reversal.equals(entries.getJournalEntry(deposit).getReversedBy()));
            } finally {
                makerChecker.setEnabled(wasEnabled);
            }
        }

        @Test
        void an_unknown_account_is_a_problem_with_a_code_the_document_lists_for_the_operation() throws Exception {
            AccountsApi accounts = new AccountsApi(signedIn("accountant"));

            ApiException missing = catchThrowableOfType(ApiException.class, () -> accounts.getAccount(newId("nobody")));

            assertThat(missing.getCode()).isEqualTo(404);
            assertThat(missing.getResponseHeaders().firstValue("content-type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            List<String> documented = OpenApiDocuments.errorCodes("/api/v1/accounts/{id}", "get", "404");
            assertThat(documented).contains(problem(missing).getCode());
        }
    }

    @Nested
    class DocumentedPatterns {
        @Test
        void a_role_is_what_the_anchored_portable_pattern_says_lower_case_and_nothing_else() throws Exception {
            String pattern = OpenApiDocuments.read().path("components").path("schemas").path("NewUser")
                    .path("properties").path("role").path("pattern").asString();
            UsersApi users = new UsersApi(signedIn("admin"));
            NewUser capitals = new NewUser().username("it-caps-" + TestActors.RUN_ID).role("Auditor").serviceAccount(true);

            ApiException refused = catchThrowableOfType(ApiException.class, () -> users.createUser(capitals));

            assertThat("Auditor").doesNotMatch(pattern);
            assertThat(refused.getCode()).isEqualTo(400);
            assertThat(OpenApiDocuments.errorCodes("/api/v1/users", "post", "400")).contains(problem(refused).getCode());
            assertThat("auditor").matches(pattern);
            assertThat(users.createUserWithHttpInfo(capitals.role("auditor")).getStatusCode()).isEqualTo(201);
        }
    }
}
