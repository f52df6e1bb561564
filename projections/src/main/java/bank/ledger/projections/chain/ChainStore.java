package bank.ledger.projections.chain;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** SQL of the chain: raw event rows, links, and the processor's progress. */
@Component
public class ChainStore {
    private static final String LINK_COLUMNS = "c.chain_position, c.event_identifier, c.global_index, c.event_digest, "
            + "c.payload_digest, c.metadata_digest, c.link_hash";
    private final JdbcTemplate jdbc;

    public ChainStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** How far the processor has seen the store: below {@code index}, every event not in {@code gaps}. */
    public record Progress(long coveredIndex, long[] coveredGaps) {
        static final Progress NONE = new Progress(-1, new long[0]);
    }

    /** A link with its event's row as stored now (null when the row is gone). */
    public record Row(ChainLink link, StoredEvent event) {
    }

    /** The stored rows of these events that no link names yet, by event identifier: one query per batch. */
    Map<String, StoredEvent> unchainedEvents(Collection<String> eventIds) {
        Map<String, StoredEvent> rows = new LinkedHashMap<>();
        jdbc.query("select " + StoredEvent.COLUMNS + " from domainevententry d where d.eventidentifier = any(?) "
                        + "and not exists (select 1 from ledger_event_chain c where c.event_identifier = d.eventidentifier)",
                rs -> {
                    StoredEvent event = event(rs, 1);
                    rows.put(event.eventIdentifier(), event);
                }, (Object) eventIds.toArray(String[]::new));
        return rows;
    }

    Optional<ChainLink> head() {
        return jdbc.query("select " + LINK_COLUMNS + " from ledger_event_chain c order by c.chain_position desc limit 1",
                (rs, n) -> link(rs)).stream().findFirst();
    }

    Optional<ChainLink> link(long position) {
        return jdbc.query("select " + LINK_COLUMNS + " from ledger_event_chain c where c.chain_position = ?",
                (rs, n) -> link(rs), position).stream().findFirst();
    }

    void append(List<ChainLink> links) {
        jdbc.batchUpdate("""
                insert into ledger_event_chain (chain_position, event_identifier, global_index, event_digest,
                    payload_digest, metadata_digest, link_hash) values (?, ?, ?, ?, ?, ?, ?)""", links, links.size(),
                (ps, l) -> {
                    ps.setLong(1, l.position());
                    ps.setString(2, l.eventIdentifier());
                    ps.setLong(3, l.globalIndex());
                    ps.setBytes(4, l.eventDigest());
                    ps.setBytes(5, l.payloadDigest());
                    ps.setBytes(6, l.metadataDigest());
                    ps.setBytes(7, l.linkHash());
                });
    }

    /** Records the processor's token; never moves it back (a rebuild replays, the chain stays as it was). */
    void advance(Progress progress) {
        jdbc.update("""
                insert into ledger_event_chain_progress (id, covered_index, covered_gaps) values (1, ?, ?)
                on conflict (id) do update set covered_index = excluded.covered_index,
                    covered_gaps = excluded.covered_gaps, updated_at = now()
                where ledger_event_chain_progress.covered_index <= excluded.covered_index""",
                progress.coveredIndex(), Arrays.stream(progress.coveredGaps()).boxed().toArray(Long[]::new));
    }

    public Progress progress() {
        return jdbc.query("select covered_index, covered_gaps from ledger_event_chain_progress where id = 1",
                (rs, n) -> new Progress(rs.getLong(1), longs(rs.getArray(2)))).stream().findFirst()
                .orElse(Progress.NONE);
    }

    /** Links {@code from..to} in order, each with its event's current row (left join: a deleted row is null). */
    List<Row> rows(long from, long to) {
        return jdbc.query("select " + LINK_COLUMNS + ", " + StoredEvent.COLUMNS + " from ledger_event_chain c "
                        + "left join domainevententry d on d.eventidentifier = c.event_identifier "
                        + "where c.chain_position between ? and ? order by c.chain_position",
                (rs, n) -> new Row(link(rs), rs.getString(9) == null ? null : event(rs, 8)), from, to);
    }

    /**
     * The stored event with the lowest global index in {@code lower..upper} that the processor has seen
     * (per {@code progress}) but that no link names: a row inserted behind the chain.
     */
    Optional<StoredEvent> firstSeenButUnchained(long lower, long upper, Progress progress) {
        return jdbc.query("select " + StoredEvent.COLUMNS + " from domainevententry d "
                        + "where d.globalindex between ? and ? and d.globalindex <= ? and not (d.globalindex = any(?)) "
                        + "and not exists (select 1 from ledger_event_chain c where c.event_identifier = d.eventidentifier) "
                        + "order by d.globalindex limit 1", (rs, n) -> event(rs, 1), lower, upper,
                progress.coveredIndex(), Arrays.stream(progress.coveredGaps()).boxed().toArray(Long[]::new))
                .stream().findFirst();
    }

    /** Events stored but not chained yet (beyond the processor's progress or in its gaps), and the oldest's time. */
    record Backlog(long events, String oldestTimestamp) {
    }

    Backlog backlog(Progress progress) {
        Long[] gaps = Arrays.stream(progress.coveredGaps()).boxed().toArray(Long[]::new);
        return jdbc.queryForObject("""
                with pending as (select globalindex, timestamp from domainevententry
                                 where globalindex > ? or globalindex = any(?))
                select (select count(*) from pending), (select timestamp from pending order by globalindex limit 1)""",
                (rs, n) -> new Backlog(rs.getLong(1), rs.getString(2)), progress.coveredIndex(), gaps);
    }

    private static ChainLink link(ResultSet rs) throws SQLException {
        return new ChainLink(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getBytes(4), rs.getBytes(5),
                rs.getBytes(6), rs.getBytes(7));
    }

    private static StoredEvent event(ResultSet rs, int first) throws SQLException {
        return new StoredEvent(rs.getLong(first), rs.getString(first + 1), rs.getString(first + 2),
                rs.getLong(first + 3), rs.getString(first + 4), rs.getString(first + 5), rs.getString(first + 6),
                rs.getString(first + 7), rs.getBytes(first + 8), rs.getBytes(first + 9));
    }

    private static long[] longs(Array array) throws SQLException {
        Object[] values = (Object[]) array.getArray();
        List<Long> list = new ArrayList<>();
        for (Object value : values) {
            list.add(((Number) value).longValue());
        }
        return list.stream().mapToLong(Long::longValue).toArray();
    }
}
