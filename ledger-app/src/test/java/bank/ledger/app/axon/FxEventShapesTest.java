package bank.ledger.app.axon;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.domain.account.api.AccountFlags;
import bank.ledger.domain.account.api.AccountOpened;
import bank.ledger.domain.entry.api.FxLeg;
import bank.ledger.domain.entry.api.JournalEntryPosted;
import bank.ledger.domain.entry.api.Posting;
import bank.ledger.domain.entry.api.Side;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Issue 18 added nullable last fields to two stored events (JournalEntryPosted.fx, AccountFlags.fxClearing).
 * Events stored before them still read, through the application's own serializer, at revision 1.
 */
class FxEventShapesTest {
    private final Jackson3Serializer serializer = Jackson3Serializer.builder()
            .jsonMapperBuilderCustomizer(AxonSerializationConfiguration::customize).build();

    @Nested
    class StoredBeforeTheNewFields {
        @Test
        void a_journal_entry_posted_reads_with_no_rate() {
            String stored = """
                    {"entryId":"e-old","effectiveDate":"2026-11-25","description":"old","postings":[{"accountId":"cash",
                    "side":"DEBIT","amountMinor":100,"currency":"EUR"},{"accountId":"sales","side":"CREDIT",
                    "amountMinor":100,"currency":"EUR"}],"metadata":{},"reversalOf":null,"requestFingerprint":"f",
                    "recordedAt":"2026-11-25T10:00:00Z"}""";

            JournalEntryPosted event = read(stored, JournalEntryPosted.class);

            assertThat(event.fx()).isNull();
            assertThat(event.postings()).hasSize(2);
        }

        @Test
        void an_account_opened_reads_as_not_an_fx_clearing_account() {
            String stored = """
                    {"accountId":"a-old","code":"1000","name":"Cash","type":"ASSET","currency":"EUR",
                    "flags":{"debitsMustNotExceedCredits":true,"creditsMustNotExceedDebits":false},"metadata":{},
                    "openedAt":"2026-11-25T10:00:00Z"}""";

            AccountOpened event = read(stored, AccountOpened.class);

            assertThat(event.flags()).isEqualTo(new AccountFlags(true, false, false));
        }
    }

    @Nested
    class WrittenNow {
        @Test
        void the_rate_comes_back_as_written() {
            FxLeg leg = new FxLeg("USD", "KWD", "0.3015", "treasury desk", LocalDate.of(2026, 11, 10));
            JournalEntryPosted event = new JournalEntryPosted("e-new", LocalDate.of(2026, 11, 10), "fx", List.of(
                    new Posting("cash-usd", Side.DEBIT, 10_000, "USD")), Map.of(), null, "f",
                    Instant.parse("2026-11-10T10:00:00Z"), List.of(leg));

            JournalEntryPosted back = serializer.deserialize(serializer.serialize(event, byte[].class));

            assertThat(back).isEqualTo(event);
        }
    }

    private <T> T read(String json, Class<T> type) {
        return serializer.deserialize(new SimpleSerializedObject<>(json.getBytes(StandardCharsets.UTF_8), byte[].class,
                new SimpleSerializedType(type.getName(), "1")));
    }
}
