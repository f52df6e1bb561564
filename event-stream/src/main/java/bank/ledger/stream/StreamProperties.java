package bank.ledger.stream;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Every setting of the event stream ({@code ledger.stream.*}, docs/configuration.md "Event stream"),
 * with its default here and nowhere else.
 *
 * @param exchange         the topic exchange every event is published to, declared at start-up
 * @param confirmTimeoutMs how long a publish (live or replay) waits for the broker's confirm before it fails
 * @param gapTimeoutMs     a gap in the event store older than this belongs to a rolled-back transaction
 *                         (no ledger transaction stays open as long): replays stop waiting for it
 */
@Validated
@ConfigurationProperties("ledger.stream")
public record StreamProperties(@DefaultValue("ledger.events.v1") @NotBlank String exchange,
                               @DefaultValue("10000") @Positive long confirmTimeoutMs,
                               @DefaultValue("30000") @Positive long gapTimeoutMs,
                               @DefaultValue @NotNull @Valid Webhooks webhooks,
                               @DefaultValue @NotNull @Valid Replays replays) {

    /**
     * The webhook dispatcher and its targets.
     *
     * @param requestTimeoutMs       one delivery's whole request, connect to answer
     * @param backoffMaxMs           the ceiling of the exponential back-off between attempts
     * @param pollMs                 the pause between two dispatch rounds
     * @param batch                  deliveries claimed and sent concurrently per round
     * @param allowedInternalTargets special-purpose address ranges (CIDRs) webhooks may still call
     * @param secretKeys             keys sealing the signing secrets, {@code <id>:<base64 of 32 bytes>}; the first seals
     * @param subscriptionsTtlMs     how long the outbox matches events against its cached list of webhooks before
     *                               reading it again (a change on the outbox's own node reloads it at once; one on
     *                               another node is caught up from the events handled meanwhile)
     */
    public record Webhooks(@DefaultValue("5000") @Positive long requestTimeoutMs,
                           @DefaultValue("600000") @Positive long backoffMaxMs,
                           @DefaultValue("250") @Positive long pollMs,
                           @DefaultValue("20") @Positive int batch,
                           @DefaultValue List<String> allowedInternalTargets,
                           @DefaultValue List<String> secretKeys,
                           @DefaultValue("5000") @Positive long subscriptionsTtlMs) {
    }

    /**
     * The replays into consumers' queues.
     *
     * @param batch  events copied per replay per round
     * @param pollMs the pause between two rounds
     */
    public record Replays(@DefaultValue("200") @Positive int batch,
                          @DefaultValue("250") @Positive long pollMs) {
    }
}
