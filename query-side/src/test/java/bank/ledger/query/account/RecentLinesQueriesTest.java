package bank.ledger.query.account;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.projections.readmodel.ReadModelJson;
import bank.ledger.projections.readmodel.RecentLine;
import bank.ledger.query.api.RecentLinesView;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RecentLinesQueriesTest {
    /** The member text the hot-accounts projection writes (see HotFieldsTest in projections). */
    private static final String MEMBER = "{\"sequence\":3,\"entryId\":\"je-1\",\"effectiveDate\":\"2026-03-31\","
            + "\"recordedAt\":\"2026-03-31T10:00:00Z\",\"change\":{\"debitsPosted\":500,\"creditsPosted\":0,"
            + "\"debitsPending\":0,\"creditsPending\":0},\"totals\":{\"debitsPosted\":1500,\"creditsPosted\":200,"
            + "\"debitsPending\":0,\"creditsPending\":0}}";

    @Test
    void a_redis_member_reads_back_as_the_line_the_projection_wrote() {
        RecentLinesView.Line line = RecentLinesQueries.line(ReadModelJson.read(MEMBER, RecentLine.class));

        assertThat(line).isEqualTo(new RecentLinesView.Line(3, "je-1", LocalDate.of(2026, 3, 31),
                Instant.parse("2026-03-31T10:00:00Z"), new RecentLinesView.Totals(500, 0, 0, 0),
                new RecentLinesView.Totals(1500, 200, 0, 0)));
    }
}
