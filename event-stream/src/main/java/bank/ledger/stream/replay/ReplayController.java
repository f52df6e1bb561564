package bank.ledger.stream.replay;

import bank.ledger.domain.refusal.Fields;
import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import bank.ledger.stream.StreamCaller;
import bank.ledger.stream.StreamHead;
import bank.ledger.stream.StreamIds;
import bank.ledger.stream.SubscriptionFilter;
import bank.ledger.stream.amqp.StreamTopology;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Replays for one consumer: the stream from a global position or a time, into the consumer's own
 * queue, then live, without touching the shared exchange or anyone else's queue. Each belongs to the
 * principal that started it: others are told it does not exist; administrators see all ({@link StreamCaller}).
 */
@RestController
@Profile("projections")
@RequestMapping("/api/v1/stream/replays")
public class ReplayController {
    static final int PAGE_SIZE_MAX = 200;
    private static final Pattern QUEUE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,199}");
    private final ReplayStore store;
    private final StreamHead head;
    private final StreamTopology topology;

    public ReplayController(ReplayStore store, StreamHead head, StreamTopology topology) {
        this.store = store;
        this.head = head;
        this.topology = topology;
    }

    /** {@code fromPosition} (inclusive, 1 = the beginning) or {@code fromTime} (ISO instant), not both. */
    public record StartReplay(String queue, Long fromPosition, Instant fromTime, List<String> eventTypes,
                              List<String> accountIds) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public Map<String, Object> start(@RequestBody StartReplay request, HttpServletRequest http) {
        if (request.queue() == null || !QUEUE_NAME.matcher(request.queue()).matches() || request.queue().startsWith("amq.")) {
            throw Fields.invalid("queue", "a queue name of letters, digits and . _ : - (at most 200), not amq.*");
        }
        SubscriptionFilter filter = new SubscriptionFilter(request.eventTypes(), request.accountIds()).validated();
        long from = firstPosition(request);
        if (store.countRunning() >= ReplayStore.REPLAYS_MAX) {
            throw Fields.invalid("queue", "at most " + ReplayStore.REPLAYS_MAX + " running replays");
        }
        topology.declareQueue(request.queue());
        String id = "rp-" + UUID.randomUUID();
        if (!store.create(id, StreamCaller.of(http).name(), request.queue(), filter, from)) {
            throw LedgerRefusal.of(RefusalCode.ID_ALREADY_USED, "queue", "queue " + request.queue() + " already has a replay");
        }
        return view(store.find(id).orElseThrow());
    }

    /** One's own replays by id, keyset-paged; an administrator may ask for everyone's ({@code all=true}). */
    @GetMapping
    public Map<String, Object> list(@RequestParam(defaultValue = "") String after,
                                    @RequestParam(defaultValue = "50") int pageSize,
                                    @RequestParam(defaultValue = "false") boolean all, HttpServletRequest http) {
        String owner = StreamCaller.of(http).ownerToList(all, pageSize, PAGE_SIZE_MAX, "replays");
        List<ReplayStore.Replay> items = store.page(owner, StreamIds.cursor(after), pageSize);
        Map<String, Object> page = new LinkedHashMap<>();
        long headPosition = head.position();
        page.put("items", items.stream().map(replay -> view(replay, headPosition)).toList());
        page.put("nextAfter", items.size() == pageSize ? items.get(items.size() - 1).id() : null);
        return page;
    }

    @GetMapping("/{id}")
    public Map<String, Object> find(@PathVariable String id, HttpServletRequest http) {
        return view(existing(id, http, "read"));
    }

    private Map<String, Object> view(ReplayStore.Replay replay) {
        return view(replay, head.position());
    }

    private static Map<String, Object> view(ReplayStore.Replay replay, long headPosition) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", replay.id());
        body.put("owner", replay.owner());
        body.put("queue", replay.queue());
        body.put("status", replay.status());
        body.put("eventTypes", replay.filter().eventTypes());
        body.put("accountIds", replay.filter().accountIds());
        body.put("nextPosition", replay.nextPosition());
        body.put("headPosition", headPosition);
        body.put("lag", Math.max(0, headPosition - replay.nextPosition() + 1));
        body.put("lastError", replay.lastError());
        body.put("createdAt", replay.createdAt());
        body.put("updatedAt", replay.updatedAt());
        return body;
    }

    /** Stops copying; the queue and what it holds stay the consumer's. */
    @PostMapping("/{id}/cancel")
    public Map<String, Object> cancel(@PathVariable String id, HttpServletRequest http) {
        existing(id, http, "cancelled");
        store.cancel(id);
        return view(store.find(id).orElseThrow());
    }

    private long firstPosition(StartReplay request) {
        if ((request.fromPosition() == null) == (request.fromTime() == null)) {
            throw Fields.invalid("fromPosition", "give either fromPosition or fromTime");
        }
        if (request.fromPosition() != null) {
            if (request.fromPosition() < 1) {
                throw Fields.invalid("fromPosition", "positions start at 1");
            }
            return request.fromPosition();
        }
        TrackingToken before = head.store().createTokenAt(request.fromTime());
        return before == null ? 1 : before.position().orElse(0) + 1;
    }

    /** The replay when the caller may see it; another principal's is "not found", as if it did not exist. */
    private ReplayStore.Replay existing(String id, HttpServletRequest http, String action) {
        return StreamCaller.of(http).owned("replay", id, store::find, ReplayStore.Replay::owner, action);
    }
}
