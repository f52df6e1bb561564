package bank.ledger.app.console.support;

import bank.ledger.query.QueryParams;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * A form's dates. The API requires its dates; a form may leave them blank and gets the ledger's usual
 * default instead (effective dates are UTC days). A date given is checked as the API checks it.
 */
public final class Dates {
    private Dates() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    /** The date asked for, or null when the field is blank. */
    public static LocalDate optional(String text, String name) {
        return text == null || text.isBlank() ? null : QueryParams.date(text.strip(), name);
    }

    /** The date asked for, else {@code fallback}. */
    public static LocalDate or(String text, String name, LocalDate fallback) {
        LocalDate asked = optional(text, name);
        return asked != null ? asked : fallback;
    }
}
