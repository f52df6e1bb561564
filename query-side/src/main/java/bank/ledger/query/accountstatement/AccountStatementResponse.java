package bank.ledger.query.accountstatement;

import bank.ledger.domain.money.MoneyFormat;
import bank.ledger.query.api.AccountStatementView;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A statement page as JSON: amounts are decimal strings with exactly the currency's decimals. */
public record AccountStatementResponse(String accountId, String type, String currency, LocalDate from, LocalDate to,
                                Instant asKnownAt, String openingBalance, String periodDebits,
                                String periodCredits, String closingBalance, String pageOpeningBalance,
                                List<Line> lines, String next) {

    /** The page's {@code items}; {@code lines} is the old name, kept one version. */
    @JsonProperty("items")
    public List<Line> items() {
        return lines;
    }

    /** Pass it as {@code after} for the next page, null on the last; {@code next} is the old name. */
    @JsonProperty("nextAfter")
    public String nextAfter() {
        return next;
    }

    public record Line(String entryId, LocalDate effectiveDate, Instant recordedAt, String description,
                       String debit, String credit, String runningBalance, String actor, String channel,
                       String correlationId, String key) {
    }

    static AccountStatementResponse of(AccountStatementView v) {
        String c = v.currency();
        List<Line> lines = v.lines().stream().map(l -> new Line(l.entryId(), l.effectiveDate(), l.recordedAt(),
                l.description(), MoneyFormat.format(l.debit(), c), MoneyFormat.format(l.credit(), c),
                MoneyFormat.format(l.runningBalance(), c), l.actor(), l.channel(), l.correlationId(),
                l.key().text())).toList();
        return new AccountStatementResponse(v.accountId(), v.type(), c, v.from(), v.to(), v.asKnownAt(),
                MoneyFormat.format(v.opening(), c), MoneyFormat.format(v.periodDebits(), c),
                MoneyFormat.format(v.periodCredits(), c), MoneyFormat.format(v.closing(), c),
                MoneyFormat.format(v.pageOpening(), c), lines, v.next() == null ? null : v.next().text());
    }
}
