package bank.ledger.app.edge.ratelimit;

import io.lettuce.core.RedisNoScriptException;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.util.List;

/**
 * One token bucket in Redis, taken from by one Lua script call: Redis runs a script alone, so the read,
 * the refill and the write are one atomic step whatever the number of instances, with no compare-and-swap
 * to retry (Bucket4j's CAS took about 7 attempts per request when one client's requests ran in parallel,
 * issue 11). Time is Redis's own clock, so instances with drifting clocks still share one refill rate.
 * State: a hash of the tokens left (fractional: refill is greedy, capacity per period evenly) and the
 * millisecond they were counted; it expires once the bucket would be full again (a missing key is a full
 * bucket). Answers {consumed 0/1, whole tokens left, ms until the next token (0 when consumed), ms until full}.
 */
final class TokenBucketScript {
    static final String SOURCE = """
            if redis.replicate_commands then redis.replicate_commands() end
            local capacity = tonumber(ARGV[1])
            local period = tonumber(ARGV[2])
            local time = redis.call('TIME')
            local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
            local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
            local tokens = capacity
            if state[1] and state[2] then
              local elapsed = math.max(0, now - tonumber(state[2]))
              tokens = math.min(capacity, tonumber(state[1]) + elapsed * capacity / period)
            end
            local consumed = 0
            if tokens >= 1 then
              tokens = tokens - 1
              consumed = 1
            end
            local untilFull = math.ceil((capacity - tokens) * period / capacity)
            local untilNext = 0
            if consumed == 0 then
              untilNext = math.ceil((1 - tokens) * period / capacity)
            end
            redis.call('HSET', KEYS[1], 'tokens', string.format('%.17g', tokens), 'at', string.format('%d', now))
            redis.call('PEXPIRE', KEYS[1], untilFull + 1000)
            return {consumed, math.floor(tokens), untilNext, untilFull}
            """;

    /** What one call answered. */
    record Taken(boolean consumed, long remaining, long untilNextMs, long untilFullMs) {
    }

    private final StatefulRedisConnection<String, String> connection;
    private final String sha;

    TokenBucketScript(StatefulRedisConnection<String, String> connection) {
        this.connection = connection;
        this.sha = connection.sync().digest(SOURCE);
    }

    /** One round trip (two the first time Redis has not seen the script: it answers NOSCRIPT, then EVAL). */
    Taken take(String key, long capacity, long periodMs) {
        RedisCommands<String, String> redis = connection.sync();
        String[] keys = {key};
        String[] args = {Long.toString(capacity), Long.toString(Math.max(1, periodMs))};
        List<Object> answer;
        try {
            answer = redis.evalsha(sha, ScriptOutputType.MULTI, keys, args);
        } catch (RedisNoScriptException notLoaded) {
            answer = redis.eval(SOURCE, ScriptOutputType.MULTI, keys, args);
        }
        return new Taken(number(answer, 0) == 1, number(answer, 1), number(answer, 2), number(answer, 3));
    }

    private static long number(List<Object> answer, int index) {
        return ((Number) answer.get(index)).longValue();
    }
}
