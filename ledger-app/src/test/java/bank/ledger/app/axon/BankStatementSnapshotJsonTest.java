package bank.ledger.app.axon;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.domain.statement.BankStatement;
import bank.ledger.domain.statement.api.MatchedItem;
import bank.ledger.domain.statement.api.ReceiveStatement;
import bank.ledger.domain.statement.api.StatementHeader;
import bank.ledger.domain.statement.api.StatementLine;
import bank.ledger.domain.statement.api.StatementLineMatched;
import bank.ledger.domain.statement.api.StatementLineSuspended;
import bank.ledger.domain.statement.api.StatementLineUnmatched;
import bank.ledger.domain.statement.api.StatementLinesRecorded;
import bank.ledger.domain.statement.api.StatementReceived;
import bank.ledger.domain.statement.api.StatementSuperseded;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.List;
import java.util.stream.IntStream;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

/**
 * The bank statement's snapshot, through the application's own serializer settings: every field comes
 * back, bit sets included (Jackson alone writes a bit set as {@code {"empty":false}} and reads it back empty).
 */
class BankStatementSnapshotJsonTest {
    private static final String KEY = "stmt-snap";
    private static final int LINES = 100_000;
    private final Jackson3Serializer serializer = Jackson3Serializer.builder()
            .jsonMapperBuilderCustomizer(AxonSerializationConfiguration::customize).build();

    @Test
    void a_statement_reads_back_from_its_snapshot_field_for_field() {
        new AggregateTestFixture<>(BankStatement.class)
                .given(new StatementReceived(KEY, "digest", header()), batch(0, 1, 1_000), batch(99, 99_001, LINES),
                        matched(7, "je-7"), matched(99_500, "je-99500"), matched(1_000, "je-1000"),
                        new StatementLineUnmatched(KEY, 1_000, List.of(new MatchedItem("je-1000", 0, 100)), "alice",
                                "wrong customer", "recon-diff-1000-0"),
                        new StatementLineSuspended(KEY, 8, "recon-susp-8", "unmatched for 3 days"),
                        new StatementSuperseded(KEY, "stmt-eod"))
                .when(new ReceiveStatement(KEY, "digest", header())) // delivered again: changes nothing
                .expectNoEvents()
                .expectState(statement -> {
                    SerializedObject<byte[]> snapshot = serializer.serialize(statement, byte[].class);
                    BankStatement back = serializer.deserialize(snapshot);

                    assertThat(back).usingRecursiveComparison().withEqualsForType(BitSet::equals, BitSet.class)
                            .isEqualTo(statement);
                    assertThat(snapshot.getType().getRevision()).isEqualTo("1");
                    // 2,000 recorded lines spread over 100,000 line numbers: words, not a list of numbers
                    assertThat(snapshot.getData().length).isLessThan(40_000);
                });
    }

    /** Why the settings exist, and that the comparison above would see a lost field. */
    @Test
    void jackson_without_the_application_settings_would_give_back_an_empty_statement() {
        Jackson3Serializer plain = Jackson3Serializer.builder().build();
        new AggregateTestFixture<>(BankStatement.class)
                .given(new StatementReceived(KEY, "digest", header()), batch(0, 1, 10), matched(7, "je-7"))
                .when(new ReceiveStatement(KEY, "digest", header()))
                .expectState(statement -> assertThat(plain.<byte[], BankStatement>deserialize(plain.serialize(statement,
                        byte[].class))).usingRecursiveComparison().withEqualsForType(BitSet::equals, BitSet.class)
                        .isNotEqualTo(statement));
    }

    private static StatementHeader header() {
        return new StatementHeader("DE02100100109307118603", "EUR", "camt.053", "camt.053.001.08", "S-1", 1L, null,
                0L, 0L, LocalDate.of(2026, 11, 20), LINES, "bank", "api");
    }

    private static StatementLinesRecorded batch(int batchNo, int from, int to) {
        List<StatementLine> lines = IntStream.rangeClosed(from, to).mapToObj(lineNo -> new StatementLine(lineNo, 100,
                LocalDate.of(2026, 11, 20), null, "R" + lineNo, null, null, null, null, null, true)).toList();
        return new StatementLinesRecorded(KEY, batchNo, lines, to - from + 1, LINES);
    }

    private static StatementLineMatched matched(int lineNo, String entryId) {
        return new StatementLineMatched(KEY, lineNo, List.of(new MatchedItem(entryId, 0, 100)), "tolerance", 80,
                "recon-diff-" + lineNo + "-0", false, "engine", null, null);
    }
}
