package bank.ledger.app.ops;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The image's health check, with nothing but the JRE (the base image has neither curl nor wget): exit 0 when
 * the URL answers 200 within two seconds, else 1.
 * <pre>java -cp /app/BOOT-INF/classes bank.ledger.app.ops.HealthProbe http://127.0.0.1:8080/actuator/health/readiness</pre>
 */
public final class HealthProbe {
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private HealthProbe() {
    }

    public static void main(String[] args) {
        String url = args.length > 0 ? args[0] : "http://127.0.0.1:8080/actuator/health/readiness";
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
            HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).build(),
                    HttpResponse.BodyHandlers.discarding());
            System.exit(response.statusCode() == 200 ? 0 : 1);
        } catch (Exception e) {
            System.out.println("health probe: " + e);
            System.exit(1);
        }
    }
}
