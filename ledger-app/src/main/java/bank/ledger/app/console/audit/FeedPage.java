package bank.ledger.app.console.audit;

import bank.ledger.domain.refusal.Fields;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The live event feed, read-only for every reader: the newest events of the whole log, with actor, role,
 * channel, correlation id and time, older ones a page at a time; new events arrive without a reload over
 * server-sent events (one poll of the store a second for all open feeds, each event carrying the new rows'
 * HTML, which htmx's SSE extension puts at the top). At most {@value #STREAMS_MAX} feeds are open at once;
 * each ends after {@value #STREAM_MS} ms and the browser's EventSource reconnects.
 */
@Hidden
@Controller
@Profile("query")
class FeedPage {
    static final int PAGE_SIZE = 50;
    static final int STREAMS_MAX = 20;
    static final long STREAM_MS = 300_000;
    static final long POLL_MS = 1_000;
    private final EventStorageEngine events;
    private final EventStore store;
    private final ITemplateEngine templates;
    private final Map<SseEmitter, AtomicLong> feeds = new ConcurrentHashMap<>();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "console-feed");
        thread.setDaemon(true);
        return thread;
    });

    FeedPage(EventStorageEngine events, EventStore store, ITemplateEngine templates) {
        this.events = events;
        this.store = store;
        this.templates = templates;
        poller.scheduleWithFixedDelay(this::poll, POLL_MS, POLL_MS, TimeUnit.MILLISECONDS);
    }

    /** The newest page, or the page of events before {@code before} (a global position). */
    @GetMapping("/console/audit/feed")
    String feed(@RequestParam(required = false) String before, Model model) {
        long head = head();
        long end = before == null || before.isBlank() ? head + 1 : position(before, "before", 0, head + 1);
        List<FeedEvents.Row> rows = new java.util.ArrayList<>(FeedEvents.after(events, end - 1 - PAGE_SIZE,
                PAGE_SIZE).stream().filter(row -> row.position() < end).toList());
        java.util.Collections.reverse(rows);
        model.addAttribute("rows", rows);
        model.addAttribute("live", end == head + 1 && (before == null || before.isBlank()));
        model.addAttribute("head", head);
        model.addAttribute("older", rows.isEmpty() || end - 1 - PAGE_SIZE < 0 ? null : rows.get(rows.size() - 1).position());
        return "console/audit/feed";
    }

    @GetMapping(value = "/console/audit/feed/live", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter live(@RequestParam(defaultValue = "") String after) {
        long from = position(after, "after", -1, Long.MAX_VALUE);
        if (feeds.size() >= STREAMS_MAX) {
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "too many open feeds");
        }
        SseEmitter emitter = new SseEmitter(STREAM_MS);
        feeds.put(emitter, new AtomicLong(from));
        emitter.onCompletion(() -> feeds.remove(emitter));
        emitter.onTimeout(() -> feeds.remove(emitter));
        emitter.onError(failure -> feeds.remove(emitter));
        return emitter;
    }

    /** A position typed into the URL: a whole number in range, else {@code invalidField} naming it. */
    private static long position(String text, String name, long min, long max) {
        try {
            long position = Long.parseLong(text.strip());
            if (position >= min && position <= max) {
                return position;
            }
        } catch (NumberFormatException e) {
            // refused below, like any other out-of-range position
        }
        throw Fields.invalid(name, name + " is a position between " + min + " and " + max);
    }

    private void poll() {
        feeds.forEach((emitter, after) -> {
            try {
                List<FeedEvents.Row> rows = new java.util.ArrayList<>(FeedEvents.after(events, after.get(), PAGE_SIZE));
                if (rows.isEmpty()) {
                    return;
                }
                after.set(rows.get(rows.size() - 1).position());
                java.util.Collections.reverse(rows);
                emitter.send(SseEmitter.event().name("events").data(html(rows)));
            } catch (IOException | RuntimeException failure) {
                // the browser went away (or the store failed this once): this feed ends, EventSource reconnects
                feeds.remove(emitter);
                emitter.completeWithError(failure);
            }
        });
    }

    private String html(List<FeedEvents.Row> rows) {
        Context context = new Context();
        context.setVariables(Map.of("rows", rows));
        // one line: an SSE data field ends at a line break
        return templates.process("console/audit/feed", Set.of("rows"), context).replace("\n", " ");
    }

    private long head() {
        var token = store.createHeadToken();
        return token == null ? -1 : token.position().orElse(-1);
    }

    @PreDestroy
    void stop() {
        poller.shutdownNow();
        feeds.keySet().forEach(SseEmitter::complete);
    }
}
