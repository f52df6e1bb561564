package bank.ledger.app.console.support;

import bank.ledger.query.QueryParams;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.ui.Model;

/**
 * What a report page is asked for: the end of which effective date (today when blank), as known at which
 * time (now when blank), and after which code (the first page when blank). The form shows it back.
 */
public record ReportAt(LocalDate date, Instant asKnownAt, String asKnownAtText, String after) {
    public static ReportAt of(String date, String asKnownAt, String after) {
        return new ReportAt(Dates.or(date, "date", Dates.today()), QueryParams.instant(asKnownAt, "asKnownAt"),
                asKnownAt, blankToNull(after));
    }

    public void addTo(Model model) {
        model.addAttribute("date", date);
        model.addAttribute("asKnownAt", asKnownAtText);
        model.addAttribute("first", after == null);
    }

    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
