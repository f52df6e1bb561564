package bank.ledger.app.bench.http;

import java.io.IOException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The harness's HTTP calls ({@link LeanHttp}: a kept-alive socket per client thread): JSON in and out, one credential header. */
final class BenchHttp {
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final String baseUrl;
    private final String authHeader;
    private final String authValue;

    BenchHttp(String baseUrl, String authHeader, String authValue) {
        this.baseUrl = baseUrl;
        this.authHeader = authHeader;
        this.authValue = authValue;
    }

    static BenchHttp anonymous(String baseUrl) {
        return new BenchHttp(baseUrl, null, null);
    }

    BenchHttp withBearer(String token) {
        return new BenchHttp(baseUrl, "Authorization", "Bearer " + token);
    }

    BenchHttp withApiKey(String key) {
        return new BenchHttp(baseUrl, "X-Api-Key", key);
    }

    BenchHttp at(String otherBaseUrl) {
        return new BenchHttp(otherBaseUrl, authHeader, authValue);
    }

    /** The credential as one "Name: value" header line (for another client), or null when anonymous. */
    String credentialHeader() {
        return authHeader == null ? null : authHeader + ": " + authValue;
    }

    String baseUrl() {
        return baseUrl;
    }

    record Answer(int status, String body) {
        JsonNode json() {
            return body == null || body.isBlank() ? JSON.nullNode() : JSON.readTree(body);
        }
    }

    Answer post(String path, String json) throws IOException, InterruptedException {
        return LeanHttp.send(baseUrl, path, json, authHeader, authValue);
    }

    Answer get(String path) throws IOException, InterruptedException {
        return LeanHttp.send(baseUrl, path, null, authHeader, authValue);
    }

    /**
     * For set-up calls, whose failure ends the run: anything but 200/201/202 fails, after up to 30 attempts 1 s
     * apart on a fault (5xx, 429, no answer: a busy machine's slow Redis answers 503 now and then). A retried
     * creation whose first attempt went through answers {@code usernameTaken}: that is success.
     */
    JsonNode expect(String path, String json) throws IOException, InterruptedException {
        String last = "";
        for (int attempt = 1; attempt <= 30; attempt++) {
            try {
                Answer answer = json == null ? get(path) : post(path, json);
                if ((answer.status() >= 200 && answer.status() <= 202)
                        || (attempt > 1 && answer.body().contains("\"usernameTaken\""))) {
                    return answer.json();
                }
                last = answer.status() + ": " + abbreviate(answer.body());
                if (answer.status() < 500 && answer.status() != 429) {
                    break;
                }
            } catch (IOException noAnswer) {
                last = noAnswer.toString();
            }
            Thread.sleep(1_000);
        }
        throw new IllegalStateException((json == null ? "GET " : "POST ") + path + " answered " + last);
    }

    static String abbreviate(String text) {
        return text == null ? "" : text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
