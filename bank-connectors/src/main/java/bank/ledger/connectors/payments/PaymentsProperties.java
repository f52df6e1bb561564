package bank.ledger.connectors.payments;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Payments out ({@code ledger.payments.*}, docs/configuration.md "Payments out").
 *
 * @param batchPaymentsMax    payments one pain.001 carries at most (a batch request may ask for fewer)
 * @param initiatingParty     the name written as the pain.001's initiating party (InitgPty/Nm)
 * @param statusReportBytesMax the largest pain.002 file read; a larger one is refused unread
 */
@ConfigurationProperties("ledger.payments")
public record PaymentsProperties(
        @DefaultValue("1000") int batchPaymentsMax,
        @DefaultValue("Ledger") String initiatingParty,
        @DefaultValue("10485760") int statusReportBytesMax) {
    public PaymentsProperties {
        if (batchPaymentsMax < 1 || batchPaymentsMax > 1000 || statusReportBytesMax < 1 || statusReportBytesMax > 104_857_600
                || initiatingParty == null || initiatingParty.isBlank() || initiatingParty.length() > 140) {
            throw new IllegalArgumentException("ledger.payments: batch-payments-max 1..1000, "
                    + "status-report-bytes-max 1..104857600, initiating-party 1..140 characters");
        }
    }
}
