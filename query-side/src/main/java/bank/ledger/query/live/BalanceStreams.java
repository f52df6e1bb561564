package bank.ledger.query.live;

import bank.ledger.query.api.FindHotAccount;
import bank.ledger.query.api.HotAccountView;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Server-sent balance changes. Each stream polls its account through {@link FindHotAccount} (Redis
 * first) and sends an event whenever the account's version moves forward. Polling rather than Axon
 * subscription queries: the projections may run on another node, and Redis is shared by all nodes.
 * Bounded: at most {@code ledger.live.streams-max} open streams, each closed after its time-out.
 */
@Component
@Profile("query")
public class BalanceStreams implements DisposableBean {
    private final QueryGateway queries;
    private final int streamsMax;
    private final long pollMillis;
    private final Map<SseEmitter, Boolean> open = new ConcurrentHashMap<>();
    private final ScheduledExecutorService poller = Executors.newScheduledThreadPool(1, r -> {
        Thread thread = new Thread(r, "balance-streams");
        thread.setDaemon(true);
        return thread;
    });

    public BalanceStreams(QueryGateway queries, LiveProperties properties) {
        this.queries = queries;
        this.streamsMax = properties.streamsMax();
        this.pollMillis = properties.pollMs();
    }

    /** Opens a stream, or answers empty when {@code streamsMax} streams are open already. */
    public Optional<SseEmitter> open(String accountId, long timeoutMillis, Function<HotAccountView, Object> body) {
        if (open.size() >= streamsMax) {
            return Optional.empty();
        }
        SseEmitter emitter = new SseEmitter(timeoutMillis);
        open.put(emitter, Boolean.TRUE);
        AtomicLong lastVersion = new AtomicLong(Long.MIN_VALUE);
        var task = poller.scheduleWithFixedDelay(() -> send(emitter, accountId, lastVersion, body), 0, pollMillis,
                TimeUnit.MILLISECONDS);
        Runnable close = () -> {
            task.cancel(false);
            open.remove(emitter);
        };
        emitter.onCompletion(close);
        emitter.onTimeout(() -> {
            close.run();
            emitter.complete();
        });
        emitter.onError(e -> close.run());
        return Optional.of(emitter);
    }

    private void send(SseEmitter emitter, String accountId, AtomicLong lastVersion,
                      Function<HotAccountView, Object> body) {
        try {
            Optional<HotAccountView> account = queries.query(new FindHotAccount(accountId),
                    ResponseTypes.optionalInstanceOf(HotAccountView.class)).get(5, TimeUnit.SECONDS);
            // only forwards: a read from a store that lags the one read before is not news
            if (account.isPresent() && account.get().account().lastSequence() > lastVersion.get()) {
                lastVersion.set(account.get().account().lastSequence());
                emitter.send(SseEmitter.event().name("balance").id(Long.toString(lastVersion.get()))
                        .data(body.apply(account.get())));
            }
        } catch (IOException | RuntimeException | java.util.concurrent.ExecutionException
                 | java.util.concurrent.TimeoutException e) {
            emitter.completeWithError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void destroy() {
        open.keySet().forEach(SseEmitter::complete);
        poller.shutdownNow();
    }
}
