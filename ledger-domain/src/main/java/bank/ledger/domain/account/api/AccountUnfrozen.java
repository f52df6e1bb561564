package bank.ledger.domain.account.api;

import java.time.Instant;
import org.axonframework.serialization.Revision;

@Revision("1")
public record AccountUnfrozen(String accountId, String reason, Instant unfrozenAt) {
}
