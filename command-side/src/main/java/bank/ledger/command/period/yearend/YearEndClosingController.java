package bank.ledger.command.period.yearend;

import bank.ledger.command.consistency.ReadModelBarrier;
import bank.ledger.command.approval.LedgerCommandGateway;
import bank.ledger.command.dispatch.CommandOrigin;
import bank.ledger.domain.identity.IdentityRegistry;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/periods/{year}/year-end-closing} and its reversal ({@link YearEndClosing}): run it once
 * the year has ended and before the year (or its December, or its fourth quarter) is closed.
 */
@RestController
@Profile("command")
@RequestMapping("/api/v1/periods/{year}/year-end-closing")
@EnableConfigurationProperties(YearEndProperties.class)
public class YearEndClosingController {
    private final YearEndClosing closing;

    public YearEndClosingController(LedgerCommandGateway commands, JdbcTemplate jdbc, IdentityRegistry identities,
                                    YearEndProperties settings, Clock clock, ReadModelBarrier readModels) {
        this.closing = new YearEndClosing(commands, new YearEndClosingReads(jdbc, identities), settings, clock,
                readModels);
    }

    /**
     * {@code retainedEarningsAccountId}: the EQUITY account the year's result goes to; its currency is the
     * run's (income and expense accounts of that currency). {@code currency} (optional) must be that currency.
     */
    public record YearEndClosingRequest(String retainedEarningsAccountId, String currency) {
    }

    /** The currency whose closing entry is reversed (required). */
    public record YearEndReversalRequest(String currency) {
    }

    @PostMapping
    public YearEndClosing.Result close(@PathVariable String year, @RequestBody YearEndClosingRequest body,
                                       HttpServletRequest request) {
        return closing.run(year, body.retainedEarningsAccountId(), body.currency(), CommandOrigin.from(request));
    }

    @PostMapping("/reverse")
    public YearEndClosing.Reversal reverse(@PathVariable String year, @RequestBody YearEndReversalRequest body,
                                           HttpServletRequest request) {
        return closing.reverse(year, body.currency(), CommandOrigin.from(request));
    }
}
