package bank.ledger.domain.fx.api;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Imports effective-dated rates into the rate table. {@code importId} is the client's idempotency key
 * (the same import twice records it once); {@code format} says how they came ({@code json} or {@code csv}).
 */
public record ImportFxRates(String importId, String source, String format, List<FxRateQuote> rates) {
    /** Rate imports have their own id space in the event store: "fx-rates:" before the client's id. */
    public static final String STREAM_PREFIX = "fx-rates:";

    public ImportFxRates {
        rates = rates == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(rates));
    }

    @TargetAggregateIdentifier
    public String streamId() {
        return STREAM_PREFIX + importId;
    }
}
