package bank.ledger.app.chaos;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The run's HTTP client: JSON in and out, one credential header, answers as status + body. */
final class Http {
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3))
            .version(HttpClient.Version.HTTP_1_1).build();
    private volatile String authHeader = "X-Api-Key";
    private volatile String authValue = "";

    record Answer(int status, String body, long retryAfterSeconds) {
        boolean ok() {
            return status == 200 || status == 201;
        }

        JsonNode json() {
            return body.isBlank() ? JSON.nullNode() : JSON.readTree(body);
        }

        /** The problem's stable code, or "" when the body is not a problem. */
        String code() {
            try {
                return json().path("code").asString("");
            } catch (RuntimeException notJson) {
                return "";
            }
        }
    }

    Http withBearer(String token) {
        authHeader = "Authorization";
        authValue = "Bearer " + token;
        return this;
    }

    /** The API key this client sends, or "" when it sends none. */
    String apiKey() {
        return authHeader.equals("X-Api-Key") ? authValue : "";
    }

    Http withApiKey(String apiKey) {
        authHeader = "X-Api-Key";
        authValue = apiKey;
        return this;
    }

    Answer post(String baseUrl, String path, String jsonBody) throws IOException, InterruptedException {
        return send(request(baseUrl, path).POST(HttpRequest.BodyPublishers.ofString(jsonBody)));
    }

    Answer get(String baseUrl, String path) throws IOException, InterruptedException {
        return send(request(baseUrl, path).GET());
    }

    private HttpRequest.Builder request(String baseUrl, String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json");
        if (!authValue.isEmpty()) {
            builder.header(authHeader, authValue);
        }
        return builder;
    }

    private Answer send(HttpRequest.Builder builder) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        long retryAfter = response.headers().firstValue("Retry-After").map(Http::seconds).orElse(-1L);
        return new Answer(response.statusCode(), response.body(), retryAfter);
    }

    private static long seconds(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException httpDate) {
            return 1;
        }
    }
}
