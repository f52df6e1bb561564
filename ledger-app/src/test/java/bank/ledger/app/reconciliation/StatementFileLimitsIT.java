package bank.ledger.app.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.support.Api;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Statement files have their own limit, the documented 50 MiB per file, not the 1 MiB of JSON bodies;
 * and a bank's encoding (UTF-16, UTF-8 with a BOM) does not make a valid file unreadable.
 */
class StatementFileLimitsIT extends ReconciliationTest {
    @Nested
    class Size {
        @Test
        void a_valid_camt_of_5000_lines_and_more_than_2_4_MB_is_accepted_whole() {
            Bank bank = newBank();
            Camt camt = Camt.endOfDay(bank.iban(), newId("st"), DAY);
            for (int i = 0; i < 5_000; i++) {
                camt.line(100 + i, "E2E-" + i, "R-" + i, "supplier invoice " + i + " " + "x".repeat(170));
            }
            byte[] file = camt.bytes();
            assertThat(file.length).isGreaterThan(2_400_000);

            Api.Response response = upload(file);

            assertThat(response.status()).as(response.raw()).isEqualTo(202);
            assertThat(response.body().get("statements").get(0).get("lineCount").asInt()).isEqualTo(5_000);
        }
    }

    @Nested
    class Encoding {
        private byte[] camtOfOneLine(Bank bank, String declared) {
            String xml = new String(Camt.endOfDay(bank.iban(), newId("st"), DAY).line(1_234, null, "R1", "Müller €")
                    .bytes(), StandardCharsets.UTF_8);
            return xml.replace("encoding=\"UTF-8\"", "encoding=\"" + declared + "\"").getBytes(
                    declared.equals("UTF-16") ? StandardCharsets.UTF_16 : StandardCharsets.UTF_8);
        }

        @Test
        void a_utf16_camt_with_its_bom_and_prolog_is_recorded_with_its_text_intact() {
            Bank bank = newBank();

            String key = uploadAndAwait(camtOfOneLine(bank, "UTF-16"));

            assertThat(awaitLine(key, 1, line -> true).get("description").asString()).contains("Müller €");
        }

        @Test
        void a_utf8_camt_with_a_bom_is_recorded() {
            Bank bank = newBank();
            byte[] body = camtOfOneLine(bank, "UTF-8");
            byte[] withBom = new byte[body.length + 3];
            withBom[0] = (byte) 0xEF;
            withBom[1] = (byte) 0xBB;
            withBom[2] = (byte) 0xBF;
            System.arraycopy(body, 0, withBom, 3, body.length);

            Api.Response response = upload(withBom);

            assertThat(response.status()).as(response.raw()).isEqualTo(202);
        }
    }
}
