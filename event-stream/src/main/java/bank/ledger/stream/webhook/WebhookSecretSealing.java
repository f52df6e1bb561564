package bank.ledger.stream.webhook;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start-up, seals every signing secret still in clear (stored before secrets were encrypted) and
 * re-seals those under an older key, one row lock each: idempotent, and several nodes starting at once
 * do each row once. A secret whose key is gone cannot be opened: it is logged, and its webhook's
 * deliveries fail with "not sent" until the integrator registers it again.
 */
@Component
@Profile("projections")
public class WebhookSecretSealing implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(WebhookSecretSealing.class);
    private final WebhookStore store;
    private final TransactionTemplate transactions;

    WebhookSecretSealing(WebhookStore store, PlatformTransactionManager transactions) {
        this.store = store;
        this.transactions = new TransactionTemplate(transactions);
    }

    @Override
    public void run(ApplicationArguments args) {
        sealAll();
    }

    /** Answers how many secrets it sealed or re-sealed. */
    public int sealAll() {
        int sealed = 0;
        for (String id : store.unsealedOrStale()) {
            if (Boolean.TRUE.equals(transactions.execute(status -> store.reseal(id)))) {
                sealed++;
            } else {
                log.warn("webhook {}: signing secret left as it is (sealed meanwhile by another node, or under a key "
                        + "not configured any more: then its deliveries fail until it is registered again)", id);
            }
        }
        if (sealed > 0) {
            log.info("sealed {} webhook signing secret(s) under the active key", sealed);
        }
        return sealed;
    }
}
