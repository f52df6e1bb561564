package bank.ledger.command.period;

import bank.ledger.command.approval.LedgerCommandGateway;
import bank.ledger.command.dispatch.CommandOrigin;
import bank.ledger.domain.period.api.AccountingPeriodState;
import bank.ledger.domain.period.api.CloseAccountingPeriod;
import bank.ledger.domain.period.api.ReopenAccountingPeriod;
import bank.ledger.domain.refusal.Fields;
import bank.ledger.domain.refusal.LedgerCalendar;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Closing and reopening accounting periods ({@code 2026-11}, {@code 2026-Q4}, {@code 2026}). Closing answers
 * the closed period (a retry answers it again); reopening is always held for a second person (202 with the
 * approval), and runs when another person approves it.
 */
@RestController
@Profile("command")
@RequestMapping("/api/v1/periods")
public class PeriodCommandController {
    public static final int PAGE_SIZE_MAX = 200;
    private final LedgerCommandGateway commands;
    private final JdbcPeriodLock lock;

    public PeriodCommandController(LedgerCommandGateway commands, JdbcPeriodLock lock) {
        this.commands = commands;
        this.lock = lock;
    }

    /**
     * The periods closed right now, latest first, read from the lock itself (not a projection): exactly
     * what the ledger refuses at this moment. Pass the last item's {@code firstDay} as {@code before}.
     */
    @GetMapping
    public Page closed(@RequestParam(required = false) String before,
                       @RequestParam(defaultValue = "50") int pageSize) {
        if (pageSize < 1 || pageSize > PAGE_SIZE_MAX) {
            throw Fields.invalid("pageSize", "pageSize is between 1 and " + PAGE_SIZE_MAX);
        }
        LocalDate beforeDay = dateOf(before);
        List<JdbcPeriodLock.ClosedPeriod> items = lock.closed(beforeDay, pageSize);
        return new Page(items, items.size() == pageSize ? items.get(items.size() - 1).firstDay() : null);
    }

    private static LocalDate dateOf(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LedgerCalendar.requireInCalendar(LocalDate.parse(text), "before");
        } catch (DateTimeParseException malformed) {
            throw Fields.invalid("before", "before is a date, yyyy-mm-dd");
        }
    }

    public record Page(List<JdbcPeriodLock.ClosedPeriod> items, LocalDate nextBefore) {
    }

    @PostMapping("/{id}/close")
    public AccountingPeriodState close(@PathVariable String id, HttpServletRequest request) {
        return commands.send(new CloseAccountingPeriod(id), CommandOrigin.from(request));
    }

    @PostMapping("/{id}/reopen")
    public AccountingPeriodState reopen(@PathVariable String id, @RequestBody ReopenRequest body,
                                        HttpServletRequest request) {
        return commands.send(new ReopenAccountingPeriod(id, body.reason()), CommandOrigin.from(request));
    }

    /** Why the closed period must take entries again (required; kept in the event). */
    public record ReopenRequest(String reason) {
    }
}
