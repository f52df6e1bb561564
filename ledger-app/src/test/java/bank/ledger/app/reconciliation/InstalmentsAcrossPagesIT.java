package bank.ledger.app.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The engine walks an account's open lines a page at a time; instalments of one payment further apart
 * than a page are still decided together. One line a page makes every pair "far apart".
 */
@TestPropertySource(properties = "ledger.reconciliation.lines-per-pass=1")
class InstalmentsAcrossPagesIT extends ReconciliationTest {

    @Test
    void instalments_on_different_pages_and_statements_are_matched_together() {
        Bank bank = newBank();
        String invoice = postReceipt(bank, "10.00", DAY, "INV-" + bank.iban());
        String first = uploadAndAwait(Camt.endOfDay(bank.iban(), newId("st"), DAY)
                .line(700, "INV-" + bank.iban(), null, "first part").bytes());
        awaitLine(first, 1, status("OPEN"));
        String second = uploadAndAwait(Camt.endOfDay(bank.iban(), newId("st"), "2026-11-27")
                .line(300, null, "INV-" + bank.iban(), "second part").bytes());

        JsonNode rest = awaitLine(second, 1, status("MATCHED"));
        JsonNode firstPart = awaitLine(first, 1, status("MATCHED"));

        assertThat(rest.get("items").get(0).get("entryId").asString()).isEqualTo(invoice);
        assertThat(rest.get("items").get(0).get("signedMinor").asLong()).isEqualTo(300);
        assertThat(firstPart.get("items").get(0).get("signedMinor").asLong()).isEqualTo(700);
        assertThat(firstPart.get("score").asInt()).isEqualTo(90);
    }
}
