package bank.ledger.app.console;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person at the console without a browser: a cookie jar, form posts, the CSRF token read from the last
 * page like a browser would submit it. Redirects are not followed, so a test sees each 302.
 */
final class ConsoleSession {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private final String baseUrl;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private String lastCsrf;

    ConsoleSession(int port) {
        this.baseUrl = "http://127.0.0.1:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    record Page(int status, String body, HttpResponse<String> response) {
        String location() {
            return response.headers().firstValue("Location").orElse(null);
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }
    }

    /**
     * A new person of the role (made through the API by {@code admin}), signed in: each sign-in counts
     * against the per-account login limit, so a test's sessions are people of their own.
     */
    static ConsoleSession newPerson(bank.ledger.app.support.Api admin, int port, String role, String username) {
        return newPerson(admin, port, role, username, "pw-" + java.util.UUID.randomUUID());
    }

    static ConsoleSession newPerson(bank.ledger.app.support.Api admin, int port, String role, String username,
                                    String password) {
        var created = admin.post("/api/v1/users", Map.of("username", username, "password", password, "role", role));
        if (created.status() != 201) {
            throw new AssertionError("making user " + username + " answered " + created.status() + ": " + created.raw());
        }
        ConsoleSession session = new ConsoleSession(port);
        session.signIn(username, password);
        return session;
    }

    /** Signs in through the form and answers the page the console lands on. */
    Page signIn(String username, String password) {
        get("/console/login");
        Page posted = post("/console/login", Map.of("username", username, "password", password));
        if (posted.status() != 302 || posted.location().contains("error")) {
            throw new AssertionError("signing in as " + username + " answered " + posted.status() + " "
                    + posted.location());
        }
        return get("/console");
    }

    Page get(String path) {
        Page page = send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
        Matcher token = CSRF.matcher(page.body());
        if (token.find()) {
            lastCsrf = token.group(1);
        }
        return page;
    }

    /** A GET with extra headers, as htmx sends its requests ({@code HX-Request}, {@code HX-Trigger-Name}). */
    Page getWith(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path)).GET();
        headers.forEach(request::header);
        return send(request);
    }

    /** A form post with the CSRF token of the last page, as the browser sends it. */
    Page post(String path, Map<String, String> fields) {
        Map<String, String> withToken = new LinkedHashMap<>(fields);
        if (lastCsrf != null) {
            withToken.put("_csrf", lastCsrf);
        }
        return postWithoutToken(path, withToken);
    }

    /** A form post whose fields repeat (the rows of a table form), with the CSRF token of the last page. */
    Page post(String path, java.util.List<Map.Entry<String, String>> fields) {
        java.util.List<Map.Entry<String, String>> withToken = new java.util.ArrayList<>(fields);
        if (lastCsrf != null) {
            withToken.add(Map.entry("_csrf", lastCsrf));
        }
        String form = withToken.stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** A forged post: whatever fields it brings, and no token unless it brings one. */
    Page postWithoutToken(String path, Map<String, String> fields) {
        String form = fields.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /**
     * A file posted as a browser's form does ({@code multipart/form-data}, the file in the part {@code file}),
     * with the CSRF token of the last page in the URL as the console's upload form carries it.
     */
    Page postFile(String path, String fileName, byte[] content) {
        String boundary = "console-" + java.util.UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        String withToken = path + (path.contains("?") ? "&" : "?") + "_csrf=" + encode(lastCsrf == null ? "" : lastCsrf);
        return send(HttpRequest.newBuilder(URI.create(baseUrl + withToken))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** A page as htmx asks for it (its {@code HX-Request} header). */
    Page getAsHtmx(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("HX-Request", "true").GET());
    }

    /** The session cookie's value, to present it where it must not work. */
    Optional<HttpCookie> sessionCookie() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("LEDGER_CONSOLE"))
                .findFirst();
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Page(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
