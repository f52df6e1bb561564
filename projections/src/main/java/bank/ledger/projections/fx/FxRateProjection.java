package bank.ledger.projections.fx;

import bank.ledger.domain.fx.api.FxRateQuote;
import bank.ledger.domain.fx.api.FxRatesImported;
import java.sql.Timestamp;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Read model {@code rm_fx_rate}: the rate table. Idempotent and order-independent: a row is replaced
 * only by a later import (imported_at, then import id), so redelivery and replay make the same rows.
 */
@Component
@Profile("projections")
@ProcessingGroup(FxRateProjection.PROCESSING_GROUP)
public class FxRateProjection {
    public static final String PROCESSING_GROUP = "fx-rates";
    private static final String UPSERT = """
            insert into rm_fx_rate (base, quote, effective_date, rate, source, import_id, imported_at)
            values (?, ?, ?, ?, ?, ?, ?)
            on conflict (base, quote, effective_date) do update set rate = excluded.rate, source = excluded.source,
                import_id = excluded.import_id, imported_at = excluded.imported_at
            where (rm_fx_rate.imported_at, rm_fx_rate.import_id) <= (excluded.imported_at, excluded.import_id)""";
    private final JdbcTemplate jdbc;

    public FxRateProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(FxRatesImported event) {
        Timestamp at = Timestamp.from(event.importedAt());
        jdbc.batchUpdate(UPSERT, event.rates(), 500, (statement, rate) -> bind(statement, rate, event, at));
    }

    private static void bind(java.sql.PreparedStatement statement, FxRateQuote rate, FxRatesImported event,
                             Timestamp at) throws java.sql.SQLException {
        statement.setString(1, rate.base());
        statement.setString(2, rate.quote());
        statement.setObject(3, rate.effectiveDate());
        statement.setString(4, rate.rate());
        statement.setString(5, event.source());
        statement.setString(6, event.importId());
        statement.setTimestamp(7, at);
    }

    @ResetHandler
    void reset() {
        jdbc.update("delete from rm_fx_rate");
    }
}
