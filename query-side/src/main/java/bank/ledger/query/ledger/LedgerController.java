package bank.ledger.query.ledger;

import bank.ledger.domain.money.MoneyFormat;
import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import bank.ledger.query.api.FindJournalEntries;
import bank.ledger.query.api.FindLedgerLines;
import bank.ledger.query.api.LedgerLinesView;
import bank.ledger.query.representation.JournalEntryResponse;
import bank.ledger.query.QueryParams;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/ledger/lines} (the general ledger: lines) and {@code GET /api/v1/journal-entries}
 * (the journal: entries), filtered by account, period, entry metadata key/value and correlation id,
 * keyset-paged. The {@code next} cursor is opaque.
 */
@RestController
@Profile("query")
public class LedgerController {
    private static final int ID_LENGTH_MAX = 128;
    private static final int METADATA_VALUE_LENGTH_MAX = 500;
    private final QueryGateway queries;

    public LedgerController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/ledger/lines")
    public Page lines(@RequestParam(required = false) String accountId, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String correlationId,
            @RequestParam(required = false) String metadataKey, @RequestParam(required = false) String metadataValue,
            @RequestParam(required = false) String asKnownAt, @RequestParam(required = false) String after,
            @RequestParam(defaultValue = "" + FindLedgerLines.PAGE_SIZE_DEFAULT) int pageSize) {
        QueryParams.pageSize(pageSize, FindLedgerLines.PAGE_SIZE_MAX);
        Filters f = Filters.of(accountId, from, to, correlationId, metadataKey, metadataValue, asKnownAt);
        FindLedgerLines query = new FindLedgerLines(f.accountId(), f.from(), f.to(), f.correlationId(),
                f.metadataKey(), f.metadataValue(), f.asKnownAt(), Cursor.read(after), pageSize);
        return Page.of(queries.query(query, LedgerLinesView.class).join());
    }

    /** The journal: whole entries, with the same filters; {@code after} is the opaque {@code next}. */
    @GetMapping("/api/v1/journal-entries")
    public JournalPage journal(@RequestParam(required = false) String accountId,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String correlationId, @RequestParam(required = false) String metadataKey,
            @RequestParam(required = false) String metadataValue, @RequestParam(required = false) String asKnownAt,
            @RequestParam(required = false) String after,
            @RequestParam(defaultValue = "" + FindJournalEntries.PAGE_SIZE_DEFAULT) int pageSize) {
        QueryParams.pageSize(pageSize, FindJournalEntries.PAGE_SIZE_MAX);
        Filters f = Filters.of(accountId, from, to, correlationId, metadataKey, metadataValue, asKnownAt);
        // one opaque cursor format for both endpoints: here its account slot carries the entry id
        FindLedgerLines.Key cursor = Cursor.read(after);
        FindJournalEntries query = new FindJournalEntries(f.accountId(), f.from(), f.to(), f.correlationId(),
                f.metadataKey(), f.metadataValue(), f.asKnownAt(),
                cursor == null ? null : new FindJournalEntries.Key(cursor.effectiveDate(), cursor.accountId()), pageSize);
        FindJournalEntries.Page page = queries.query(query, FindJournalEntries.Page.class).join();
        FindJournalEntries.Key next = page.next();
        return new JournalPage(page.entries().stream().map(JournalEntryResponse::of).toList(),
                next == null ? null : Cursor.write(new FindLedgerLines.Key(next.effectiveDate(), next.entryId(), 0)));
    }

    public record JournalPage(List<JournalEntryResponse> entries, String next) {
        /** The page's {@code items}; {@code entries} is the old name, kept one version. */
        @JsonProperty("items")
        public List<JournalEntryResponse> items() {
            return entries;
        }

        /** Pass it as {@code after} for the next page, null on the last; {@code next} is the old name. */
        @JsonProperty("nextAfter")
        public String nextAfter() {
            return next;
        }
    }

    /** The filters both endpoints take, parsed and bounded once. */
    record Filters(String accountId, LocalDate from, LocalDate to, String correlationId, String metadataKey,
                   String metadataValue, Instant asKnownAt) {
        static Filters of(String accountId, String from, String to, String correlationId, String metadataKey,
                          String metadataValue, String asKnownAt) {
            LocalDate fromDate = from == null ? null : QueryParams.date(from, "from");
            LocalDate toDate = to == null ? null : QueryParams.date(to, "to");
            if (fromDate != null && toDate != null) {
                QueryParams.period(fromDate, toDate);
            }
            if (metadataValue != null && metadataKey == null) {
                throw invalid("metadataKey", "metadataValue needs metadataKey");
            }
            return new Filters(limited(accountId, "accountId", ID_LENGTH_MAX), fromDate, toDate,
                    limited(correlationId, "correlationId", ID_LENGTH_MAX), limited(metadataKey, "metadataKey", 64),
                    limited(metadataValue, "metadataValue", METADATA_VALUE_LENGTH_MAX),
                    QueryParams.instant(asKnownAt, "asKnownAt"));
        }
    }

    private static String limited(String value, String name, int max) {
        if (value != null && (value.isBlank() || value.length() > max)) {
            throw invalid(name, name + " has 1 to " + max + " characters");
        }
        return value;
    }

    private static LedgerRefusal invalid(String field, String detail) {
        return LedgerRefusal.of(RefusalCode.INVALID_FIELD, field, detail);
    }

    /** The opaque {@code after} cursor: base64url of "date|sequence|accountId". */
    static final class Cursor {
        private Cursor() {
        }

        static String write(FindLedgerLines.Key key) {
            String text = key.effectiveDate() + "|" + key.sequence() + "|" + key.accountId();
            return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
        }

        static FindLedgerLines.Key read(String cursor) {
            if (cursor == null || cursor.isBlank()) {
                return null;
            }
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", 3);
                return new FindLedgerLines.Key(LocalDate.parse(parts[0]), parts[2], Long.parseLong(parts[1]));
            } catch (RuntimeException e) {
                throw invalid("after", "after is the next value of an earlier page");
            }
        }
    }

    public record Page(List<Line> lines, String next) {
        static Page of(LedgerLinesView view) {
            return new Page(view.lines().stream().map(Line::of).toList(),
                    view.next() == null ? null : Cursor.write(view.next()));
        }

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
    }

    public record Line(String accountId, String entryId, LocalDate effectiveDate, Instant recordedAt, String currency,
                       String debit, String credit, String description, String actor, String channel,
                       String correlationId, Map<String, String> metadata) {
        static Line of(LedgerLinesView.Line l) {
            return new Line(l.key().accountId(), l.entryId(), l.key().effectiveDate(), l.recordedAt(), l.currency(),
                    MoneyFormat.format(l.debit(), l.currency()), MoneyFormat.format(l.credit(), l.currency()),
                    l.description(), l.actor(), l.channel(), l.correlationId(), l.metadata());
        }
    }
}
