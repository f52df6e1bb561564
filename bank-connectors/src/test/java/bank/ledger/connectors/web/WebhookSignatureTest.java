package bank.ledger.connectors.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WebhookSignatureTest {
    static final long NOW = 1_800_000_000L;
    static final byte[] BODY = "statement".getBytes(StandardCharsets.UTF_8);
    final WebhookSignature signature = new WebhookSignature("secret", 300,
            Clock.fixed(Instant.ofEpochSecond(NOW), ZoneOffset.UTC));

    static String sign(String secret, long timestamp, byte[] body) {
        return HexFormat.of().formatHex(WebhookSignature.sign(secret.getBytes(StandardCharsets.UTF_8),
                String.valueOf(timestamp), body));
    }

    @Test
    void a_body_signed_with_the_secret_and_a_fresh_timestamp_is_valid() {
        assertThat(signature.verify(String.valueOf(NOW), sign("secret", NOW, BODY), BODY))
                .isEqualTo(WebhookSignature.Verdict.VALID);
    }

    @Test
    void the_timestamp_is_part_of_what_is_signed() {
        assertThat(signature.verify(String.valueOf(NOW - 1), sign("secret", NOW, BODY), BODY))
                .isEqualTo(WebhookSignature.Verdict.BAD_SIGNATURE);
    }

    @Test
    void another_secret_or_another_body_is_a_bad_signature() {
        assertThat(signature.verify(String.valueOf(NOW), sign("guess", NOW, BODY), BODY))
                .isEqualTo(WebhookSignature.Verdict.BAD_SIGNATURE);
        assertThat(signature.verify(String.valueOf(NOW), sign("secret", NOW, BODY), "other".getBytes()))
                .isEqualTo(WebhookSignature.Verdict.BAD_SIGNATURE);
    }

    @Test
    void five_minutes_either_way_are_tolerated_and_one_second_more_is_stale() {
        assertThat(signature.verify(String.valueOf(NOW - 300), sign("secret", NOW - 300, BODY), BODY))
                .isEqualTo(WebhookSignature.Verdict.VALID);
        assertThat(signature.verify(String.valueOf(NOW + 301), sign("secret", NOW + 301, BODY), BODY))
                .isEqualTo(WebhookSignature.Verdict.STALE);
    }

    @Test
    void missing_or_malformed_headers_are_malformed() {
        assertThat(signature.verify(null, sign("secret", NOW, BODY), BODY)).isEqualTo(WebhookSignature.Verdict.MALFORMED);
        assertThat(signature.verify("soon", sign("secret", NOW, BODY), BODY)).isEqualTo(WebhookSignature.Verdict.MALFORMED);
        assertThat(signature.verify(String.valueOf(NOW), "sha256=abc", BODY)).isEqualTo(WebhookSignature.Verdict.MALFORMED);
    }

    @Test
    void without_a_configured_secret_nothing_is_accepted() {
        WebhookSignature unconfigured = new WebhookSignature("", 300, Clock.systemUTC());

        assertThat(unconfigured.verify(String.valueOf(NOW), sign("any", NOW, BODY), BODY))
                .isEqualTo(WebhookSignature.Verdict.NOT_CONFIGURED);
    }
}
