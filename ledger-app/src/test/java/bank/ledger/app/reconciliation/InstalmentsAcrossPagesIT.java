package bank.ledger.app.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The engine walks an account's open lines a page at a time ({@link #ENGINE_PAGE_LINES} lines in the
 * tests); instalments of one payment further apart than a page are still decided together.
 */
class InstalmentsAcrossPagesIT extends ReconciliationTest {

    @Test
    void instalments_on_different_engine_pages_are_matched_together() {
        Bank bank = newBank();
        String invoice = postReceipt(bank, "10.00", DAY, "INV-" + bank.iban());
        Camt statement = Camt.endOfDay(bank.iban(), newId("st"), DAY).line(700, "INV-" + bank.iban(), null, "first part");
        int fillers = ENGINE_PAGE_LINES + 5; // unrelated lines of a few cents, none with a posting
        for (int cents = 1; cents <= fillers; cents++) {
            statement.line(cents, null, null, "other payment " + cents);
        }
        String key = uploadAndAwait(statement.line(300, null, "INV-" + bank.iban(), "second part").bytes());

        JsonNode rest = awaitLine(key, fillers + 2, status("MATCHED"));
        JsonNode first = awaitLine(key, 1, status("MATCHED"));

        assertThat(rest.get("items").get(0).get("entryId").asString()).isEqualTo(invoice);
        assertThat(rest.get("items").get(0).get("signedMinor").asLong()).isEqualTo(300);
        assertThat(first.get("items").get(0).get("signedMinor").asLong()).isEqualTo(700);
        assertThat(first.get("score").asInt()).isEqualTo(90);
        assertThat(awaitLine(key, 2, status("OPEN")).get("status").asString()).isEqualTo("OPEN");
    }
}
