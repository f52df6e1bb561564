package bank.ledger.projections.admin;

import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every segment of a processor as the token store holds it, whichever node owns it: its owner (null:
 * claimed by nobody) and the global index its token reached. Read from {@code tokenentry} directly,
 * because Axon's token store only hands a token out by claiming it. The index is read from the token's
 * JSON ({@code GapAwareTrackingToken}: {@code {"index":…}}); null for a token of another shape.
 */
@Component
@Profile("projections")
public class SegmentTokens {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final JdbcTemplate jdbc;

    public record Segment(int segment, String owner, Long index) {
    }

    public SegmentTokens(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Segment> of(String processor) {
        return jdbc.query("select segment, owner, token from tokenentry where processorname = ? order by segment",
                (rs, row) -> new Segment(rs.getInt(1), rs.getString(2), index(rs.getBytes(3))), processor);
    }

    public static Long index(byte[] token) {
        if (token == null) {
            return null;
        }
        try {
            JsonNode index = JSON.readTree(token).get("index");
            return index != null && index.isIntegralNumber() ? index.asLong() : null;
        } catch (RuntimeException notJson) {
            return null;
        }
    }
}
