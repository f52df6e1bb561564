package bank.ledger.app.schedule;

import bank.ledger.command.dispatch.CommandOrigin;
import bank.ledger.command.dispatch.Locations;
import bank.ledger.domain.entry.api.PostingRequest;
import bank.ledger.domain.refusal.Fields;
import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import bank.ledger.domain.schedule.ScheduleRules;
import bank.ledger.domain.schedule.api.CalendarSpec;
import bank.ledger.domain.schedule.api.CancelSchedule;
import bank.ledger.domain.schedule.api.CreateSchedule;
import bank.ledger.domain.schedule.api.InterestTerms;
import bank.ledger.domain.schedule.api.PauseSchedule;
import bank.ledger.domain.schedule.api.Recurrence;
import bank.ledger.domain.schedule.api.ResumeSchedule;
import bank.ledger.domain.schedule.api.ScheduleKind;
import bank.ledger.domain.schedule.api.ScheduleState;
import bank.ledger.domain.schedule.api.ScheduleStatus;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Schedules (docs/schedules.md): create, list with the next occurrence, one with its run history,
 * pause, resume, cancel, and the operators' run of the due occurrences up to a date (what the tick does).
 * Writes answer from the aggregate; reads from the read model, which may be a moment behind.
 */
@RestController
@Profile("command & query & projections")
@RequestMapping("/api/v1/schedules")
public class ScheduleController {
    private final ScheduleRunner runner;
    private final ScheduleQueries queries;
    private final ScheduleProperties settings;
    private final Clock clock;

    ScheduleController(ScheduleRunner runner, ScheduleQueries queries, ScheduleProperties settings, Clock clock) {
        this.runner = runner;
        this.queries = queries;
        this.settings = settings;
        this.clock = clock;
    }

    public record CreateScheduleRequest(String id, ScheduleKind kind, String description, Recurrence recurrence,
                                        CalendarSpec calendar, List<PostingRequest> postings, InterestTerms interest) {
    }

    public record ScheduleStatusRequest(String reason) {
    }

    /** {@code upTo}: run what is due on or before this day (default and latest: today, UTC). */
    public record RunRequest(LocalDate upTo, Integer maxOccurrences) {
    }

    public record ScheduleAnswer(String id, ScheduleKind kind, String description, ScheduleStatus status,
                                 Recurrence recurrence, CalendarSpec calendar, List<PostingRequest> postings,
                                 InterestTerms interest, long nextOccurrence) {
        static ScheduleAnswer of(ScheduleState state) {
            return new ScheduleAnswer(state.scheduleId(), state.kind(), state.description(), state.status(),
                    state.recurrence(), state.calendar(), state.postings(), state.interest(), state.nextOccurrence());
        }
    }

    public record SchedulePage(List<ScheduleQueries.ScheduleRow> schedules, String next) {
    }

    public record ScheduleDetail(ScheduleQueries.ScheduleRow schedule, List<ScheduleQueries.RunRow> runs) {
    }

    /** 201 with the new schedule; 200 with the same schedule when the request is a retry. */
    @PostMapping
    public ResponseEntity<ScheduleAnswer> create(@RequestBody CreateScheduleRequest body, HttpServletRequest request) {
        if (body == null) {
            throw Fields.invalid("id", "a schedule is required");
        }
        ScheduleRules.requireScheduleId(body.id());
        ScheduleState state = runner.send(new CreateSchedule(body.id(), body.kind(), body.description(), body.recurrence(),
                body.calendar(), body.postings(), body.interest()), body.id(), CommandOrigin.from(request));
        ScheduleAnswer answer = ScheduleAnswer.of(state);
        return state.alreadyDone() ? ResponseEntity.ok(answer)
                : ResponseEntity.created(Locations.of("/api/v1/schedules", state.scheduleId())).body(answer);
    }

    @GetMapping
    public SchedulePage list(@RequestParam(required = false) String after, @RequestParam(required = false) ScheduleStatus status,
                             @RequestParam(defaultValue = "50") int pageSize) {
        if (pageSize < 1 || pageSize > settings.pageSizeMax()) {
            throw Fields.invalid("pageSize", "pageSize is between 1 and " + settings.pageSizeMax());
        }
        Fields.requireLength(after, "after", 128);
        List<ScheduleQueries.ScheduleRow> rows = queries.page(after, status == null ? null : status.name(), pageSize);
        return new SchedulePage(rows, rows.size() < pageSize ? null : rows.get(rows.size() - 1).id());
    }

    @GetMapping("/{id}")
    public ScheduleDetail get(@PathVariable String id, @RequestParam(required = false) Integer runs) {
        int limit = runs == null ? settings.runHistoryMax() : runs;
        if (limit < 1 || limit > settings.runHistoryMax()) {
            throw Fields.invalid("runs", "runs is between 1 and " + settings.runHistoryMax());
        }
        ScheduleQueries.ScheduleRow row = queries.one(id).orElseThrow(() ->
                LedgerRefusal.of(RefusalCode.SCHEDULE_NOT_FOUND, null, "no schedule " + id));
        return new ScheduleDetail(row, queries.runs(id, limit));
    }

    @PostMapping("/{id}/pause")
    public ScheduleAnswer pause(@PathVariable String id, @RequestBody(required = false) ScheduleStatusRequest body,
                                HttpServletRequest request) {
        return ScheduleAnswer.of(runner.send(new PauseSchedule(id, reason(body)), id, CommandOrigin.from(request)));
    }

    @PostMapping("/{id}/resume")
    public ScheduleAnswer resume(@PathVariable String id, @RequestBody(required = false) ScheduleStatusRequest body,
                                 HttpServletRequest request) {
        return ScheduleAnswer.of(runner.send(new ResumeSchedule(id, reason(body)), id, CommandOrigin.from(request)));
    }

    @PostMapping("/{id}/cancel")
    public ScheduleAnswer cancel(@PathVariable String id, @RequestBody(required = false) ScheduleStatusRequest body,
                                 HttpServletRequest request) {
        return ScheduleAnswer.of(runner.send(new CancelSchedule(id, reason(body)), id, CommandOrigin.from(request)));
    }

    /** Operators: run the due occurrences now, up to a day no later than today, instead of waiting for the tick. */
    @PostMapping("/{id}/runs")
    public ScheduleRunner.RunReport run(@PathVariable String id, @RequestBody(required = false) RunRequest body,
                                        HttpServletRequest request) {
        LocalDate today = LocalDate.now(clock);
        LocalDate upTo = body == null || body.upTo() == null ? today : body.upTo();
        if (upTo.isAfter(today)) {
            throw Fields.invalid("upTo", "upTo is today (" + today + ") or earlier: a future period's balances are unknown");
        }
        int max = body == null || body.maxOccurrences() == null ? settings.occurrencesPerRunMax() : body.maxOccurrences();
        if (max < 1 || max > settings.occurrencesPerRunMax()) {
            throw Fields.invalid("maxOccurrences", "maxOccurrences is between 1 and " + settings.occurrencesPerRunMax());
        }
        ScheduleRules.requireScheduleId(id);
        return runner.run(id, upTo, max, CommandOrigin.from(request).withChannel(ScheduleConfiguration.CHANNEL));
    }

    private static String reason(ScheduleStatusRequest body) {
        return body == null ? null : body.reason();
    }
}
