package bank.ledger.app.axon;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.domain.statement.api.StatementHeader;
import bank.ledger.domain.statement.api.StatementLine;
import bank.ledger.domain.statement.api.StatementLinesRecorded;
import bank.ledger.domain.statement.api.StatementReceived;
import bank.ledger.domain.statement.api.StatementWarning;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Statement events gained fields in revision 1 (issue 13: warnings, the bank's difference, exact amounts).
 * Events stored before still read, through the application's own serializer settings: the new fields come
 * back as "nothing odd", and the revision stays 1 (docs/connectors.md, "Events of a statement read liberally").
 */
class StatementEventShapesTest {
    private final Jackson3Serializer serializer = Jackson3Serializer.builder()
            .jsonMapperBuilderCustomizer(AxonSerializationConfiguration::customize).build();

    @Nested
    class StoredBeforeTheNewFields {
        @Test
        void a_statement_received_reads_without_warnings_and_proven() {
            String stored = """
                    {"statementKey":"stmt-old","contentDigest":"d1","header":{"bankAccount":"DE02100100109307118603",
                    "currency":"EUR","messageType":"camt.053","format":"camt.053.001.08","statementId":"S-1",
                    "sequence":1,"page":null,"openingMinor":0,"closingMinor":700,"closingDate":"2026-11-20",
                    "lineCount":1,"ledgerAccountId":"bank-eur","channel":"api"}}""";

            StatementReceived event = read(stored, StatementReceived.class);

            assertThat(event.header().closingMinor()).isEqualTo(700L);
            assertThat(event.header().warnings()).isEmpty();
            assertThat(event.header().differenceMinor()).isNull();
            assertThat(event.header().proven()).isTrue();
        }

        @Test
        void a_batch_of_lines_reads_exact_in_the_statements_currency_and_left_to_the_engine() {
            String stored = """
                    {"statementKey":"stmt-old","batchNo":0,"lines":[{"lineNo":1,"signedMinor":-250,
                    "bookingDate":"2026-11-20","valueDate":null,"reference":"R1","customerReference":null,
                    "endToEndId":null,"counterparty":null,"counterpartyAccount":null,"description":"fee",
                    "booked":true}],"linesDone":1,"lineCount":1}""";

            StatementLine line = read(stored, StatementLinesRecorded.class).lines().get(0);

            assertThat(line.signedMinor()).isEqualTo(-250);
            assertThat(line.exactAmount()).isNull();
            assertThat(line.exactCurrency()).isNull();
            assertThat(line.warnings()).isEmpty();
            assertThat(line.reviewReason()).isNull();
        }
    }

    @Nested
    class WrittenNow {
        @Test
        void the_new_fields_come_back_as_written_at_revision_1() {
            StatementWarning mismatch = new StatementWarning("balanceMismatch", 7, "closing balance differs by 1.23");
            StatementReceived event = new StatementReceived("stmt-new", "d2", new StatementHeader("DE02100100109307118603",
                    "EUR", "MT940", "MT940", "S-2", 2L, 1, 0L, 123L, LocalDate.of(2026, 11, 20), 1, "bank-eur", "api",
                    List.of(mismatch), 123L));
            StatementLine line = new StatementLine(1, 1_001, LocalDate.of(2026, 11, 20), null, null, null, null, null,
                    null, null, true, "10.005", null, List.of(new StatementWarning("excessDecimals", 9, "10,005")),
                    "excessDecimals");

            SerializedObject<byte[]> header = serializer.serialize(event, byte[].class);
            StatementLinesRecorded batch = serializer.deserialize(serializer.serialize(
                    new StatementLinesRecorded("stmt-new", 0, List.of(line), 1, 1), byte[].class));

            assertThat(header.getType().getRevision()).isEqualTo("1");
            assertThat(new String(header.getData(), StandardCharsets.UTF_8)).doesNotContain("proven");
            assertThat((StatementReceived) serializer.deserialize(header)).isEqualTo(event);
            assertThat(batch.lines()).containsExactly(line);
        }
    }

    private <T> T read(String json, Class<T> type) {
        return serializer.deserialize(new SimpleSerializedObject<>(json.getBytes(StandardCharsets.UTF_8), byte[].class,
                new SimpleSerializedType(type.getName(), "1")));
    }
}
