package bank.ledger.stream.replay;

import bank.ledger.stream.SubscriptionFilter;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Replay subscriptions: a consumer's queue, its filter, and the next global position it is owed. */
@Component
@Profile("projections")
public class ReplayStore {
    public static final int REPLAYS_MAX = 50;
    private final JdbcTemplate jdbc;

    public ReplayStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code owner}: the principal that started it; null for replays started before owners were recorded. */
    public record Replay(String id, String owner, String queue, SubscriptionFilter filter, long nextPosition, String status,
                         String lastError, Instant createdAt, Instant updatedAt) {
    }

    /** Answers false when the queue already has a replay (a queue is one consumer's). */
    boolean create(String id, String owner, String queue, SubscriptionFilter filter, long nextPosition) {
        return jdbc.update("insert into stream_replay (replay_id, owner, queue, event_types, account_ids, next_position, "
                        + "status, created_at, updated_at) values (?, ?, ?, ?::jsonb, ?::jsonb, ?, 'RUNNING', now(), now()) "
                        + "on conflict (queue) do nothing",
                id, owner, queue, filter.eventTypesJson(), filter.accountIdsJson(), nextPosition) == 1;
    }

    /** One page by id; {@code owner} null lists everyone's (administrators only). */
    List<Replay> page(String owner, String afterId, int pageSize) {
        return jdbc.query("select * from stream_replay where (?::varchar is null or owner = ?) and replay_id > ? "
                + "order by replay_id limit ?", ReplayStore::replay, owner, owner, afterId, pageSize);
    }

    int countRunning() {
        return jdbc.queryForObject("select count(*) from stream_replay where status = 'RUNNING'", Integer.class);
    }

    Optional<Replay> find(String id) {
        return jdbc.query("select * from stream_replay where replay_id = ?", ReplayStore::replay, id).stream().findFirst();
    }

    List<Replay> running() {
        return jdbc.query("select * from stream_replay where status = 'RUNNING' order by updated_at limit " + REPLAYS_MAX,
                ReplayStore::replay);
    }

    /** Moves the replay on, unless it was cancelled meanwhile. */
    void advance(String id, long nextPosition, String error) {
        jdbc.update("update stream_replay set next_position = ?, last_error = left(?, 500), updated_at = now() "
                + "where replay_id = ? and status = 'RUNNING'", nextPosition, error, id);
    }

    boolean cancel(String id) {
        return jdbc.update("update stream_replay set status = 'CANCELLED', updated_at = now() where replay_id = ?", id) == 1;
    }

    private static Replay replay(ResultSet rs, int row) throws SQLException {
        return new Replay(rs.getString("replay_id"), rs.getString("owner"), rs.getString("queue"),
                SubscriptionFilter.fromJson(rs.getString("event_types"), rs.getString("account_ids")),
                rs.getLong("next_position"), rs.getString("status"), rs.getString("last_error"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }
}
