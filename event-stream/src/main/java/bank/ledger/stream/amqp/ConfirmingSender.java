package bank.ledger.stream.amqp;

import bank.ledger.stream.EventEnvelope;
import bank.ledger.stream.Envelopes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.core.RabbitTemplate;

/**
 * Publishes envelopes and waits for the broker's publisher confirms. Returns only when every copy is
 * confirmed; a nack, a lost connection or a confirm that does not come within the time-out throw
 * {@link NotConfirmed}, so the caller does not move its position and publishes again later:
 * at-least-once, never lost.
 * <p>
 * Confirms are matched by the channel's sequence numbers; the correlation's id is left empty so that
 * Spring AMQP adds no {@code spring_returned_message_correlation} header to the integrators' messages
 * (it only serves to match returns, and nothing here is sent mandatory: see {@code ReplayRunner}).
 */
public class ConfirmingSender {
    /** Empty: Spring AMQP writes its return-correlation header only for an id with text. */
    private static final String NO_RETURN_CORRELATION = "";
    private final RabbitTemplate template;
    private final Duration confirmTimeout;

    public ConfirmingSender(org.springframework.amqp.rabbit.connection.ConnectionFactory connections,
                            Duration confirmTimeout) {
        this.template = new RabbitTemplate(connections);
        this.confirmTimeout = confirmTimeout;
    }

    /** The same envelope under several routing keys (one per account it names). */
    public void publish(String exchange, List<String> routingKeys, EventEnvelope envelope) {
        Message message = message(envelope);
        List<CorrelationData> pending = new ArrayList<>(routingKeys.size());
        for (String routingKey : routingKeys) {
            CorrelationData correlation = new CorrelationData(NO_RETURN_CORRELATION);
            template.send(exchange, routingKey, message, correlation);
            pending.add(correlation);
        }
        for (CorrelationData correlation : pending) {
            await(correlation, envelope);
        }
    }

    private void await(CorrelationData correlation, EventEnvelope envelope) {
        try {
            CorrelationData.Confirm confirm = correlation.getFuture().get(confirmTimeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!confirm.ack()) {
                throw new NotConfirmed("broker nacked event " + envelope.eventId() + ": " + confirm.reason(), null);
            }
        } catch (TimeoutException e) {
            throw new NotConfirmed("no confirm for event " + envelope.eventId() + " within " + confirmTimeout, e);
        } catch (ExecutionException e) {
            throw new NotConfirmed("publishing event " + envelope.eventId() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NotConfirmed("interrupted while waiting for a confirm", e);
        }
    }

    static Message message(EventEnvelope envelope) {
        MessageProperties properties = new MessageProperties();
        properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
        properties.setContentEncoding("UTF-8");
        properties.setDeliveryMode(MessageDeliveryMode.PERSISTENT);
        properties.setMessageId(envelope.eventId());
        properties.setType(envelope.type());
        properties.setAppId("ledger");
        properties.setTimestamp(java.util.Date.from(envelope.recordedAt()));
        properties.setHeader("ledger-envelope-version", envelope.envelopeVersion());
        properties.setHeader("ledger-schema-version", envelope.schemaVersion());
        properties.setHeader("ledger-global-position", envelope.globalPosition());
        return new Message(Envelopes.json(envelope), properties);
    }

    /** The broker did not take responsibility for a message; nothing has moved on. */
    public static class NotConfirmed extends RuntimeException {
        public NotConfirmed(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
