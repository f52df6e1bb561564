package bank.ledger.app.pull;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A bank's account-information API for the tests, NextGenPSD2 style, over HTTPS with a self-signed
 * certificate made by the JDK's keytool for this run (CN and SAN localhost, 127.0.0.1). Each account
 * resource id answers what the test put there (a body and its content type) to a request with the
 * right bearer token, and 401 otherwise; every request is kept (path, query, headers) for the test to check.
 */
final class PsdSandbox implements AutoCloseable {
    static final String TOKEN = "psd2-token-" + java.util.UUID.randomUUID();
    private final HttpsServer server;
    private final String certificatePem;
    private final Map<String, byte[]> bodies = new ConcurrentHashMap<>();
    private final Map<String, String> types = new ConcurrentHashMap<>();
    final List<Seen> requests = new CopyOnWriteArrayList<>();

    record Seen(String account, String query, String authorization, String consentId, String accept) {
    }

    private PsdSandbox(HttpsServer server, String certificatePem) {
        this.server = server;
        this.certificatePem = certificatePem;
    }

    static PsdSandbox start() throws Exception {
        Path dir = Files.createTempDirectory("psd-sandbox");
        Path store = dir.resolve("server.p12");
        keytool("-genkeypair", "-alias", "bank", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost",
                "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "30", "-keystore", store.toString(),
                "-storetype", "PKCS12", "-storepass", "sandbox", "-keypass", "sandbox");
        String pem = keytool("-exportcert", "-rfc", "-alias", "bank", "-keystore", store.toString(), "-storepass", "sandbox");
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, "sandbox".toCharArray());
        }
        KeyManagerFactory managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        managers.init(keys, "sandbox".toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(managers.getKeyManagers(), null, null);
        HttpsServer server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 10);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        PsdSandbox sandbox = new PsdSandbox(server, pem);
        server.createContext("/v1/accounts/", sandbox::answer);
        server.start();
        return sandbox;
    }

    String url() {
        return "https://localhost:" + server.getAddress().getPort();
    }

    String certificatePem() {
        return certificatePem;
    }

    void put(String account, String contentType, byte[] body) {
        types.put(account, contentType);
        bodies.put(account, body);
    }

    List<Seen> requestsFor(String account) {
        return requests.stream().filter(seen -> seen.account().equals(account)).toList();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String[] path = exchange.getRequestURI().getPath().split("/");
        String account = path.length == 5 && path[4].equals("transactions") ? path[3] : "";
        requests.add(new Seen(account, exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders().getFirst("Authorization"),
                exchange.getRequestHeaders().getFirst("Consent-ID"), exchange.getRequestHeaders().getFirst("Accept")));
        byte[] body = bodies.get(account);
        if (!("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            send(exchange, 401, "application/json", "{\"tppMessages\":[{\"category\":\"ERROR\",\"code\":\"TOKEN_INVALID\"}]}".getBytes());
        } else if (body == null) {
            send(exchange, 404, "application/json", "{}".getBytes());
        } else {
            send(exchange, 200, types.get(account), body);
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        } catch (IOException clientGaveUp) { // a client that stops reading a huge body closes the connection
            exchange.close();
        }
    }

    private static String keytool(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("keytool failed: " + output);
        }
        return output;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
