package bank.ledger.app.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.support.Api;
import bank.ledger.command.approval.MakerChecker;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A person's decision through the connectors is judged by four-eyes like any other command. */
class FourEyesReconciliationIT extends ReconciliationTest {
    @Autowired
    MakerChecker makerChecker;
    private Boolean wasEnabled;

    @AfterEach
    void restoreMakerChecker() {
        if (wasEnabled != null) {
            makerChecker.setEnabled(wasEnabled);
        }
    }

    @Test
    void a_manual_match_whose_difference_reaches_the_threshold_is_refused_and_leaves_the_line_open() {
        Bank bank = newBank();
        String receipt = postReceipt(bank, "30000.00", DAY, null);
        String key = uploadAndAwait(Camt.endOfDay(bank.iban(), newId("st"), DAY).line(1_000_000, null, null, "x")
                .bytes());
        awaitLine(key, 1, status("OPEN"));
        wasEnabled = makerChecker.setEnabled(true);

        Api.Response[] refused = new Api.Response[1];
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            refused[0] = api.as("accountant").post(path(key, 1, "match"), Map.of("reason", "bank kept 20,000.00",
                    "items", List.of(Map.of("entryId", receipt))));
            return refused[0].status() != 404; // until the receipt is visible to reconciliation
        });

        assertProblem(refused[0], 422, "approvalRequired", null);
        assertThat(awaitLine(key, 1, line -> true).get("status").asString()).isEqualTo("OPEN");
        assertThat(api.get("/api/v1/accounts/" + bank.fees()).text("debitsPosted")).isEqualTo("0.00");
    }
}
