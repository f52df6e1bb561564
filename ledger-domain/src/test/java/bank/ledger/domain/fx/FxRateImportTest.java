package bank.ledger.domain.fx;

import static bank.ledger.domain.support.Refusals.refusal;

import bank.ledger.domain.fx.api.FxRateQuote;
import bank.ledger.domain.fx.api.FxRatesImportState;
import bank.ledger.domain.fx.api.FxRatesImported;
import bank.ledger.domain.fx.api.ImportFxRates;
import bank.ledger.domain.refusal.RefusalCode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each rate import is one event, recorded once by the client's id, with exact, effective-dated rates. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class FxRateImportTest {
    static final Instant NOW = Instant.parse("2026-11-30T18:00:00Z");
    static final LocalDate MONTH_END = LocalDate.of(2026, 11, 30);
    AggregateTestFixture<FxRateImport> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(FxRateImport.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    static ImportFxRates importOf(String id, FxRateQuote... rates) {
        return new ImportFxRates(id, "central bank", "json", List.of(rates));
    }

    static FxRateQuote usdKwd(String rate) {
        return new FxRateQuote("USD", "KWD", rate, MONTH_END);
    }

    @Nested
    class Importing_rates {
        @Test
        void records_one_event_with_the_rates_in_canonical_form() {
            ImportFxRates command = importOf("imp-1", usdKwd("0.30750"), new FxRateQuote("USD", "JPY", "150", MONTH_END));
            fixture.givenNoPriorActivity().when(command)
                    .expectSuccessfulHandlerExecution()
                    .expectEvents(new FxRatesImported("imp-1", "central bank", "json",
                            List.of(usdKwd("0.3075"), new FxRateQuote("USD", "JPY", "150", MONTH_END)),
                            FxRateRules.fingerprint(command), NOW));
        }

        @Test
        void a_retry_records_nothing_more_and_answers_replayed() {
            fixture.given(new FxRatesImported("imp-1", "central bank", "json", List.of(usdKwd("0.3075")),
                            FxRateRules.fingerprint(importOf("imp-1", usdKwd("0.3075"))), NOW))
                    .when(importOf("imp-1", usdKwd("0.307500")))
                    .expectNoEvents()
                    .expectResultMessagePayload(new FxRatesImportState("imp-1", "central bank", "json", 1, NOW, true));
        }

        @Test
        void the_same_id_with_other_rates_is_an_idempotency_conflict() {
            fixture.given(new FxRatesImported("imp-1", "central bank", "json", List.of(usdKwd("0.3075")),
                            FxRateRules.fingerprint(importOf("imp-1", usdKwd("0.3075"))), NOW))
                    .when(importOf("imp-1", usdKwd("0.3076")))
                    .expectNoEvents()
                    .expectException(refusal(RefusalCode.IDEMPOTENCY_CONFLICT, "id"));
        }
    }

    @Nested
    class A_malformed_import {
        @Test
        void is_refused_for_a_negative_rate_naming_the_line() {
            fixture.givenNoPriorActivity().when(importOf("imp-1", usdKwd("0.3"), usdKwd("-1")))
                    .expectNoEvents().expectException(refusal(RefusalCode.INVALID_RATE, "rates[1].rate"));
        }

        @Test
        void is_refused_for_an_unknown_currency() {
            fixture.givenNoPriorActivity().when(importOf("imp-1", new FxRateQuote("USD", "XXX", "1", MONTH_END)))
                    .expectNoEvents().expectException(refusal(RefusalCode.UNSUPPORTED_CURRENCY, "rates[0].quote"));
        }

        @Test
        void is_refused_for_two_rates_of_one_pair_on_one_day() {
            fixture.givenNoPriorActivity().when(importOf("imp-1", usdKwd("0.3"), usdKwd("0.31")))
                    .expectNoEvents().expectException(refusal(RefusalCode.INVALID_FIELD, "rates[1]"));
        }

        @Test
        void is_refused_when_empty() {
            fixture.givenNoPriorActivity().when(importOf("imp-1"))
                    .expectNoEvents().expectException(refusal(RefusalCode.INVALID_FIELD, "rates"));
        }

        @Test
        void is_refused_for_a_rate_from_one_currency_to_itself() {
            fixture.givenNoPriorActivity().when(importOf("imp-1", new FxRateQuote("KWD", "KWD", "1", MONTH_END)))
                    .expectNoEvents().expectException(refusal(RefusalCode.FX_LEG_MISMATCH, "rates[0]"));
        }
    }
}
