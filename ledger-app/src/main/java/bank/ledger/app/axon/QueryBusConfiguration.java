package bank.ledger.app.axon;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.queryhandling.LoggingQueryInvocationErrorHandler;
import org.axonframework.queryhandling.QueryBus;
import org.axonframework.queryhandling.QueryBusSpanFactory;
import org.axonframework.queryhandling.QueryInvocationErrorHandler;
import org.axonframework.queryhandling.QueryUpdateEmitter;
import org.axonframework.queryhandling.SimpleQueryBus;
import org.springframework.context.annotation.Bean;

/**
 * The query bus as Axon's Spring Boot configuration builds it (4.13, {@code AxonAutoConfiguration.queryBus},
 * which backs off for this bean), but without a database transaction around each query. Axon wraps every query
 * handler in a transaction of the event store's data source: an account read answered from Redis borrowed a
 * PostgreSQL connection for nothing, from the pool the projections and the command path wait on (issue 11: 8% of
 * a read's CPU, and pool waits under mixed load). The query handlers read with single statements under READ
 * COMMITTED, where a surrounding transaction gave no stronger view; the one read that needs a snapshot across
 * statements (the chain verification) opens its own REPEATABLE READ transaction.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
public class QueryBusConfiguration {
    @Bean
    SimpleQueryBus queryBus(Configuration axon) {
        return SimpleQueryBus.builder()
                .messageMonitor(axon.messageMonitor(QueryBus.class, "queryBus"))
                .transactionManager(NoTransactionManager.instance())
                .errorHandler(axon.getComponent(QueryInvocationErrorHandler.class,
                        () -> LoggingQueryInvocationErrorHandler.builder().build()))
                .queryUpdateEmitter(axon.getComponent(QueryUpdateEmitter.class))
                .spanFactory(axon.getComponent(QueryBusSpanFactory.class))
                .build();
    }
}
