package bank.ledger.connectors.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 over {@code timestamp + "." + body}, hex encoded, with the shared secret. The timestamp
 * (Unix seconds) is signed too, so an old request cannot be re-sent with a fresh timestamp; requests
 * outside the tolerance are refused, and inside it each signature is accepted once (replay guard).
 */
public final class WebhookSignature {
    private final byte[] secret;
    private final long toleranceSeconds;
    private final Clock clock;

    public WebhookSignature(String secret, long toleranceSeconds, Clock clock) {
        this.secret = secret == null ? new byte[0] : secret.getBytes(StandardCharsets.UTF_8);
        this.toleranceSeconds = toleranceSeconds;
        this.clock = clock;
    }

    public enum Verdict { VALID, NOT_CONFIGURED, MALFORMED, STALE, BAD_SIGNATURE }

    /** What can be judged from the headers alone, before the body is read: VALID means "read the body". */
    public Verdict precheck(String timestamp, String signature) {
        if (secret.length == 0) {
            return Verdict.NOT_CONFIGURED;
        }
        if (timestamp == null || signature == null || !timestamp.matches("\\d{1,12}") || !signature.matches("[0-9a-f]{64}")) {
            return Verdict.MALFORMED;
        }
        long age = clock.instant().getEpochSecond() - Long.parseLong(timestamp);
        return Math.abs(age) > toleranceSeconds ? Verdict.STALE : Verdict.VALID;
    }

    public Verdict verify(String timestamp, String signature, byte[] body) {
        Verdict headers = precheck(timestamp, signature);
        if (headers != Verdict.VALID) {
            return headers;
        }
        byte[] expected = sign(secret, timestamp, body);
        return MessageDigest.isEqual(expected, HexFormat.of().parseHex(signature)) ? Verdict.VALID : Verdict.BAD_SIGNATURE;
    }

    public static byte[] sign(byte[] secret, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update(timestamp.getBytes(StandardCharsets.US_ASCII));
            mac.update((byte) '.');
            return mac.doFinal(body);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("every JDK has HmacSHA256", impossible);
        }
    }
}
