package bank.ledger.connectors.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * {@code chain verify}: asks a running ledger to verify its event hash chain page by page
 * ({@code GET /api/v1/audit/chain/verification}) from {@code --from} to the head, and prints the result.
 * Over HTTP rather than the database: the auditor needs an auditor's token, not database credentials,
 * and the encoding lives in one place (the server). Exit 0 intact, 3 broken, 1 the ledger could not be
 * asked, 2 usage.
 */
final class ChainVerifyCommand {
    static final String DEFAULT_URL = "http://localhost:8080";
    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private String url;
    private String token;
    private long from = 1;
    private int limit = 500;
    private long anchorPosition;
    private String anchorHash;

    ChainVerifyCommand(PrintStream out, PrintStream err, Map<String, String> env) {
        this.out = out;
        this.err = err;
        this.env = env;
    }

    int run(String[] args) {
        try {
            options(args);
        } catch (IllegalArgumentException e) {
            err.println("ledger chain verify: " + e.getMessage());
            err.println(LedgerCli.usage());
            return LedgerCli.USAGE;
        }
        long position = from;
        long links = 0;
        while (true) {
            JsonNode page;
            try {
                page = fetch(position, limit);
            } catch (IOException | JacksonException e) {
                err.println("ledger chain verify: cannot ask " + url + ": "
                        + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
                return LedgerCli.UNREADABLE;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return LedgerCli.UNREADABLE;
            }
            links += page.path("linksChecked").asLong();
            if (!page.path("ok").asBoolean(false)) {
                return broken(page.path("firstBrokenLink"), links);
            }
            JsonNode next = page.path("nextFromPosition");
            if (next.isNull() || next.isMissingNode() || next.asLong() <= position) {
                out.printf("chain intact: positions %d..%d verified (%d links), head %d, hash of link %d: %s%n", from,
                        page.path("verifiedTo").asLong(), links, page.path("headPosition").asLong(),
                        page.path("verifiedTo").asLong(), page.path("verifiedToHash").asString("-"));
                return anchorHash == null ? LedgerCli.OK : checkAnchor();
            }
            position = next.asLong();
        }
    }

    /**
     * A chain rewritten from some link on verifies as well as the original: the hash an auditor wrote down
     * earlier for a link must still be that link's hash.
     */
    private int checkAnchor() {
        JsonNode page;
        try {
            page = fetch(anchorPosition, 1);
        } catch (IOException | JacksonException | InterruptedException e) {
            err.println("ledger chain verify: cannot ask " + url + " for the anchor: " + e);
            return LedgerCli.UNREADABLE;
        }
        if (!page.path("ok").asBoolean(false)) {
            return broken(page.path("firstBrokenLink"), 0);
        }
        String stored = page.path("verifiedToHash").asString("");
        if (page.path("linksChecked").asLong() != 1 || !stored.equalsIgnoreCase(anchorHash)) {
            out.printf("chain REWRITTEN: link %d has hash %s, the anchor says %s%n", anchorPosition,
                    stored.isEmpty() ? "(no such link)" : stored, anchorHash);
            return LedgerCli.INVALID;
        }
        out.printf("anchor holds: link %d still has hash %s%n", anchorPosition, stored);
        return LedgerCli.OK;
    }

    private int broken(JsonNode link, long links) {
        out.printf("chain BROKEN at position %d: %s (event %s)%n  expected hash %s%n  stored hash   %s%n"
                        + "  %d links checked before it%n", link.path("position").asLong(), link.path("reason").asString(),
                link.path("eventId").asString("-"), link.path("expectedHash").asString("-"),
                link.path("storedHash").asString("-"), Math.max(0, links - 1));
        return LedgerCli.INVALID;
    }

    private JsonNode fetch(long position, int pageLimit) throws IOException, InterruptedException {
        URI uri = URI.create(url + "/api/v1/audit/chain/verification?fromPosition=" + position + "&limit=" + pageLimit);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(120))
                .header("Accept", "application/json").GET();
        if (token != null && !token.isBlank()) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException(uri + " answered " + response.statusCode() + ": " + abbreviate(response.body()));
        }
        return StatementJson.MAPPER.readTree(response.body());
    }

    private void options(String[] args) {
        url = env.getOrDefault("LEDGER_URL", DEFAULT_URL);
        token = env.get("LEDGER_TOKEN");
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("unknown option or missing value: " + option);
            }
            String value = args[++i];
            switch (option) {
                case "--from" -> from = number(option, value, 1, Long.MAX_VALUE);
                case "--limit" -> limit = (int) number(option, value, 1, 1000);
                case "--url" -> url = value;
                case "--token" -> token = value;
                case "--anchor" -> anchor(value);
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        if (!url.startsWith("http://") && !url.startsWith("https://")) {
            throw new IllegalArgumentException("--url must start with http:// or https://");
        }
        url = url.replaceAll("/+$", "");
    }

    /** {@code POSITION:HASH}, a link's position and its hash (64 hex digits) as written down earlier. */
    private void anchor(String value) {
        int colon = value.indexOf(':');
        if (colon < 1 || !value.substring(colon + 1).matches("[0-9a-fA-F]{64}")) {
            throw new IllegalArgumentException("--anchor is POSITION:HASH (64 hex digits)");
        }
        anchorPosition = number("--anchor", value.substring(0, colon), 1, Long.MAX_VALUE);
        anchorHash = value.substring(colon + 1);
    }

    private static long number(String option, String value, long min, long max) {
        try {
            long n = Long.parseLong(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new IllegalArgumentException(option + " must be a number from " + min + " to " + max);
    }

    private static String abbreviate(String body) {
        return body == null ? "" : body.length() <= 500 ? body : body.substring(0, 500) + "…";
    }
}
