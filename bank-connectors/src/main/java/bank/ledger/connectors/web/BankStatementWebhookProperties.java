package bank.ledger.connectors.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The webhook channel ({@code ledger.statements.webhook.*}, docs/configuration.md "Bank statements:
 * ingestion"): the HMAC-SHA256 secret (empty: every request is refused) and the accepted clock skew of a
 * signature's timestamp. Defaults here and nowhere else.
 */
@ConfigurationProperties("ledger.statements.webhook")
public record BankStatementWebhookProperties(String secret, Long toleranceSeconds) {
    public BankStatementWebhookProperties {
        secret = secret == null ? "" : secret;
        toleranceSeconds = toleranceSeconds == null ? 300L : toleranceSeconds;
        if (toleranceSeconds <= 0) {
            throw new IllegalArgumentException("ledger.statements.webhook.tolerance-seconds must be positive");
        }
    }

    /** Never the secret itself: a record's generated toString would print it into logs and actuator output. */
    @Override
    public String toString() {
        return "BankStatementWebhookProperties[secret=" + (secret.isEmpty() ? "(none)" : "(set)") + ", toleranceSeconds="
                + toleranceSeconds + "]";
    }
}
