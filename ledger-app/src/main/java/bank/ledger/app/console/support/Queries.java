package bank.ledger.app.console.support;

import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.stereotype.Component;

/** The console's reads: the query records the REST controllers send, through the same gateway. */
@Component
public class Queries {
    private final QueryGateway gateway;

    public Queries(QueryGateway gateway) {
        this.gateway = gateway;
    }

    public <R> R one(Object query, Class<R> type) {
        return gateway.query(query, type).join();
    }

    /** The answer, or the refusal {@code notFound} when the handler found nothing. */
    public <R> R found(Object query, Class<R> type, RefusalCode notFound, String what) {
        return gateway.query(query, ResponseTypes.optionalInstanceOf(type)).join()
                .orElseThrow(() -> LedgerRefusal.of(notFound, "id", "no " + what));
    }
}
