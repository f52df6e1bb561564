package bank.ledger.app.console.audit;

import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import bank.ledger.query.QueryParams;
import java.time.Instant;

/**
 * The past moment the time slider asks for: an ISO instant typed in ({@code at}), or the slider's
 * position in epoch seconds ({@code epochSecond}) when the slider moved. Blank is now. Anything else (too
 * long, a control character, garbage, a moment after now, outside the ledger's calendar) is refused {@code invalidField} with the field.
 */
record Moment(Instant at, String text) {
    static final int TEXT_MAX = 40;

    static Moment of(String at, String epochSecond, boolean fromSlider, Instant now) {
        Instant asked = fromSlider && epochSecond != null && !epochSecond.isBlank()
                ? fromEpochSecond(epochSecond.strip()) : fromText(at);
        if (asked == null) {
            return new Moment(now, now.toString());
        }
        // the slider counts whole seconds and ends at the second after now: that second is "now", not the future
        if (asked.isAfter(now.plusSeconds(1))) {
            throw invalid(fromSlider ? "epochSecond" : "at", "the moment is in the past or now, not after " + now);
        }
        return new Moment(asked, asked.toString());
    }

    private static Instant fromText(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.length() > TEXT_MAX || text.chars().anyMatch(Character::isISOControl)) {
            throw invalid("at", "at is an ISO instant such as 2026-04-05T00:00:00Z");
        }
        return QueryParams.instant(text.strip(), "at");
    }

    private static Instant fromEpochSecond(String text) {
        try {
            return QueryParams.instant(Instant.ofEpochSecond(Long.parseLong(text)).toString(), "epochSecond");
        } catch (NumberFormatException | java.time.DateTimeException e) {
            throw invalid("epochSecond", "epochSecond is a whole number of seconds since 1970");
        }
    }

    private static LedgerRefusal invalid(String field, String detail) {
        return LedgerRefusal.of(RefusalCode.INVALID_FIELD, field, detail);
    }
}
