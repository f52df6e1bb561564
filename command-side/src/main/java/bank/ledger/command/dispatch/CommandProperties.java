package bank.ledger.command.dispatch;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The one retry policy of every command, whoever sends it (the API, approvals, the connectors, the
 * reconciliation engine): attempts in all (the first included) after a concurrency conflict, the
 * back-off ceiling between them and the time-out of one attempt.
 */
@ConfigurationProperties("ledger.commands")
public record CommandProperties(@DefaultValue("10") int attemptsMax, @DefaultValue("200") long backoffMsMax,
                                @DefaultValue("10000") long timeoutMs) {
    public CommandProperties {
        if (attemptsMax < 1 || backoffMsMax < 0 || timeoutMs < 1) {
            throw new IllegalArgumentException("ledger.commands: attempts-max >= 1, backoff-ms-max >= 0 and"
                    + " timeout-ms >= 1 (were " + attemptsMax + ", " + backoffMsMax + ", " + timeoutMs + ")");
        }
    }
}
