package bank.ledger.app.console.support;

import bank.ledger.command.dispatch.CommandOrigin;
import bank.ledger.command.approval.LedgerCommandGateway;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The console's writes: the commands the REST controllers send, through the same gateway (shape checks,
 * retries, four-eyes), with the signed-in person as actor and {@code console} as channel.
 */
@Component
@Profile("command")
public class Commands {
    private final LedgerCommandGateway gateway;

    public Commands(LedgerCommandGateway gateway) {
        this.gateway = gateway;
    }

    /** The command's result, or the refusal to show beside the form; a fault is thrown on. */
    public <R> Outcome<R> send(Object command, HttpServletRequest request) {
        try {
            R result = gateway.send(command, CommandOrigin.from(request));
            return new Outcome<>(result, null);
        } catch (RuntimeException failure) {
            return new Outcome<>(null, Refusal.of(failure).orElseThrow(() -> failure));
        }
    }

    public record Outcome<R>(R result, Refusal refusal) {
        public boolean refused() {
            return refusal != null;
        }
    }
}
