package bank.ledger.domain.account.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

@Revision("1")
public record AccountFrozen(String accountId, String reason, Instant frozenAt) {
}
