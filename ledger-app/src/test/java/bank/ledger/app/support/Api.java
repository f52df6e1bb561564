package bank.ledger.app.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small HTTP client for the integration tests: real requests to the running application. The
 * instance a test gets from {@link LedgerIntegrationTest} sends an administrator's access token on
 * every request; {@link #as(String)} speaks as another role, {@link #anonymous()} as nobody.
 */
public final class Api {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final int port;
    private final String baseUrl;
    private final Map<String, String> headers;

    public Api(int port) {
        this(port, Map.of());
    }

    private Api(int port, Map<String, String> headers) {
        this.port = port;
        this.baseUrl = "http://127.0.0.1:" + port;
        this.headers = Map.copyOf(headers);
    }

    int port() {
        return port;
    }

    public record Response(int status, JsonNode body, String contentType, String raw, HttpHeaders headers) {
        public String text(String field) {
            JsonNode node = body.get(field);
            return node == null || node.isNull() ? null : node.asString();
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    /** The same client with one more header on every request (replacing one of the same name). */
    public Api withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Api(port, more);
    }

    public Api withToken(String accessToken) {
        return withHeader("Authorization", "Bearer " + accessToken);
    }

    /** Without any credentials. */
    public Api anonymous() {
        return new Api(port);
    }

    /** As a user of this role (admin, accountant, auditor, integrator, connector), created once per run. */
    public Api as(String role) {
        return anonymous().withToken(TestActors.accessToken(anonymous(), role));
    }

    public Response get(String path) {
        return send("GET", path, null);
    }

    public Response post(String path, String json) {
        return send("POST", path, json);
    }

    public Response post(String path, Object body) {
        return post(path, JSON.writeValueAsString(body));
    }

    public Response delete(String path) {
        return send("DELETE", path, null);
    }

    /** A raw body (a statement file) with extra headers, e.g. a webhook's signature. */
    public Response postBytes(String path, byte[] body, Map<String, String> extraHeaders) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        extraHeaders.forEach(request::setHeader);
        return send(request);
    }

    /** Any method; a non-null body is sent as JSON. */
    public Response send(String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        return send(request);
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            String raw = response.body();
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            // Only JSON bodies are parsed: CSV downloads and event streams are read from raw.
            JsonNode body = raw == null || raw.isBlank() || !contentType.contains("json") ? JSON.createObjectNode()
                    : JSON.readTree(raw);
            return new Response(response.statusCode(), body, contentType, raw, response.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
