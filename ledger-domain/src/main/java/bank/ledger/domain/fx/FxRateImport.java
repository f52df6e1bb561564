package bank.ledger.domain.fx;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import bank.ledger.domain.fx.api.FxRatesImportState;
import bank.ledger.domain.fx.api.FxRatesImported;
import bank.ledger.domain.fx.api.ImportFxRates;
import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.time.Clock;
import java.time.Instant;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;

/**
 * One import of the rate table: recorded once, by the client's id. The table itself is the read model of
 * all imports (a later import of the same pair and day overrides an earlier one); this aggregate only
 * makes each import an idempotent, auditable event.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
public class FxRateImport {
    @AggregateIdentifier
    private String streamId;
    private String importId;
    private String source;
    private String format;
    private int rates;
    private String requestFingerprint;
    private Instant importedAt;

    protected FxRateImport() {
        // for Axon: created by the creation policy below or rebuilt from events
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public FxRatesImportState handle(ImportFxRates command, Clock clock) {
        FxRateRules.validate(command);
        String fingerprint = FxRateRules.fingerprint(command);
        if (streamId != null) {
            if (!fingerprint.equals(requestFingerprint)) {
                throw LedgerRefusal.of(RefusalCode.IDEMPOTENCY_CONFLICT, "id",
                        "rate import " + importId + " was already recorded with different content");
            }
            return state(true);
        }
        apply(new FxRatesImported(command.importId(), command.source(), command.format(),
                FxRateRules.canonical(command.rates()), fingerprint, clock.instant()));
        return state(false);
    }

    @EventSourcingHandler
    void on(FxRatesImported event) {
        streamId = ImportFxRates.STREAM_PREFIX + event.importId();
        importId = event.importId();
        source = event.source();
        format = event.format();
        rates = event.rates().size();
        requestFingerprint = event.requestFingerprint();
        importedAt = event.importedAt();
    }

    private FxRatesImportState state(boolean replayed) {
        return new FxRatesImportState(importId, source, format, rates, importedAt, replayed);
    }
}
