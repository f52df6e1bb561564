package bank.ledger.app.schedule;

import bank.ledger.domain.entry.api.PostingRequest;
import bank.ledger.domain.schedule.api.CalendarSpec;
import bank.ledger.domain.schedule.api.InterestTerms;
import bank.ledger.domain.schedule.api.Recurrence;
import bank.ledger.domain.text.StoredText;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/** The definition column of {@code rm_schedule}: what a schedule posts and when, as it was created. */
public final class ScheduleJson {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private ScheduleJson() {
    }

    public record Definition(Recurrence recurrence, CalendarSpec calendar, List<PostingRequest> postings,
                      InterestTerms interest) {
    }

    static String write(Definition definition) {
        return StoredText.json(MAPPER.writeValueAsString(definition));
    }

    static Definition read(String json) {
        return MAPPER.readValue(json, Definition.class);
    }
}
