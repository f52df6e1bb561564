package bank.ledger.command.config;

import java.lang.reflect.Field;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An aggregate cache that is right on several nodes (issue 16): a cached aggregate is used only while no
 * other node has appended to it since, checked against the event store's newest sequence number for it
 * (one indexed read). Without the check, a writer that cached an account before another writer posted to it
 * decided on the old state: a hold after a deposit on another node was refused {@code exceedsCredits}
 * (found by bin/ledger-cluster with three writers). A stale copy that would append still fails on the
 * sequence-number key and is retried; a stale copy that refuses has nothing to fail, hence the check.
 */
public final class StoreCheckedCache implements Cache {
    private static final Field VERSION = versionField();
    private final Cache cached;
    private final JdbcTemplate jdbc;

    public StoreCheckedCache(Cache cached, JdbcTemplate jdbc) {
        this.cached = cached;
        this.jdbc = jdbc;
    }

    @Override
    public <K, V> V get(K key) {
        V value = cached.get(key);
        if (value instanceof AggregateCacheEntry<?> entry && !current(key, entry)) {
            cached.remove(key);
            return null;
        }
        return value;
    }

    private boolean current(Object key, AggregateCacheEntry<?> entry) {
        Long stored = jdbc.queryForObject(
                "select max(sequencenumber) from domainevententry where aggregateidentifier = ?", Long.class,
                key.toString());
        Long version = version(entry);
        return stored == null || (version != null && version >= stored);
    }

    /** The aggregate's version when cached; null (so: not current) when Axon's entry no longer has the field. */
    static Long version(AggregateCacheEntry<?> entry) {
        try {
            return VERSION == null ? null : (Long) VERSION.get(entry);
        } catch (IllegalAccessException unreadable) {
            return null;
        }
    }

    private static Field versionField() {
        try {
            Field field = AggregateCacheEntry.class.getDeclaredField("version");
            field.setAccessible(true);
            return field;
        } catch (ReflectiveOperationException | RuntimeException moved) {
            return null; // every cached entry then counts as stale: correct, only slower
        }
    }

    @Override
    public void put(Object key, Object value) {
        cached.put(key, value);
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        return cached.putIfAbsent(key, value);
    }

    @Override
    public boolean remove(Object key) {
        return cached.remove(key);
    }

    @Override
    public void removeAll() {
        cached.removeAll();
    }

    @Override
    public boolean containsKey(Object key) {
        return cached.containsKey(key);
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener listener) {
        return cached.registerCacheEntryListener(listener);
    }
}
