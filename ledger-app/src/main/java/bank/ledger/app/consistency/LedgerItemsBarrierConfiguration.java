package bank.ledger.app.consistency;

import bank.ledger.connectors.matching.LedgerItemsBarrier;
import bank.ledger.connectors.read.LedgerItemProjection;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The statement matcher's {@link LedgerItemsBarrier}: the write side's token-position barrier, with its wait
 * and its refusal, over the ledger-item read model alone. On every node, as {@link TokenPositionBarrier}: the
 * matcher runs wherever the connectors role does, with or without the projections role (the token store is
 * shared, so it waits for whichever node runs that projection).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReadModelBarrierProperties.class)
class LedgerItemsBarrierConfiguration {
    @Bean
    LedgerItemsBarrier ledgerItemsBarrier(JdbcTemplate jdbc, ReadModelBarrierProperties settings) {
        return new TokenPositionBarrier(jdbc, settings, List.of(LedgerItemProjection.PROCESSING_GROUP))
                ::awaitRecordedEvents;
    }
}
