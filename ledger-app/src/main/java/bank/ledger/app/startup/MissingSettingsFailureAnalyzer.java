package bank.ledger.app.startup;

import java.util.stream.Collectors;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Prints a start-up refused for missing settings as Spring Boot's "APPLICATION FAILED TO START" block with one
 * line per setting, without a stack trace (registered in META-INF/spring.factories).
 */
class MissingSettingsFailureAnalyzer extends AbstractFailureAnalyzer<MissingSettingsException> {
    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingSettingsException cause) {
        String lines = cause.settings().stream().map(line -> "  - missing " + line).collect(Collectors.joining("\n"));
        return new FailureAnalysis("The ledger cannot start outside the dev profile without these settings:\n" + lines,
                "Set each one as an environment variable (or a file of that name in LEDGER_SECRETS_DIR, default "
                        + "/run/secrets/ledger); docs/operations.md, \"Configure\", lists every variable.", cause);
    }
}
