package bank.ledger.connectors.pull;

import bank.ledger.connectors.ingestion.StatementDelivery;
import bank.ledger.domain.refusal.LedgerRefusal;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.UUID;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Pulls booked transactions from an account-information API in the style of Berlin Group NextGenPSD2:
 * {@code GET {url}/v1/accounts/{accountId}/transactions?bookingStatus=booked&dateFrom=&dateTo=}, asking
 * for camt.053 XML ({@code Accept: application/xml}) or the JSON transactions report, which
 * {@link TransactionsReport} turns into one camt.053 per booking day. Complete days only: {@code dateTo}
 * is yesterday (UTC), {@code dateFrom} the last day a pull covered (so a day the bank completed late is
 * asked again; statement keys make the repeat a duplicate). TLS is verified against the connection's own
 * CA certificate when it has one, else {@code ledger.bank-pulls.trust-store}, else the JDK's CAs: never
 * trust-all. No redirects are followed (a credential would go along); the body is read up to
 * {@code file-bytes-max}, the whole exchange within {@code read-timeout-ms}.
 */
public class ApiPuller {
    private final BankPullProperties settings;
    private final Clock clock;
    private final SSLContext defaultTls;

    public ApiPuller(BankPullProperties settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.defaultTls = settings.trustStore().isEmpty() ? null : trustStore(settings);
    }

    public PullResult pull(BankConnection connection, PullCredentials credentials, StatementSink sink) {
        LocalDate until = LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusDays(1);
        LocalDate from = connection.bookedUntil() != null ? connection.bookedUntil() : until.minusDays(settings.lookbackDays() - 1L);
        if (from.isAfter(until)) {
            from = until;
        }
        boolean json = "json".equals(connection.format());
        byte[] body = get(connection, credentials, connection.caCertificate(), from, until, json);
        if (!json) {
            return sink.accept(connection.accountId() + "-" + from + "-" + until + ".xml", body).until(until);
        }
        PullResult result = PullResult.NOTHING;
        for (TransactionsReport.Day day : TransactionsReport.days(body, connection.accountId(), until)) {
            result = result.plus(sink.accept(day.name(), day.camt053()));
        }
        return result.until(until);
    }

    private byte[] get(BankConnection connection, PullCredentials credentials, String caPem, LocalDate from, LocalDate until,
                       boolean json) {
        String base = connection.url().endsWith("/") ? connection.url().substring(0, connection.url().length() - 1) : connection.url();
        URI uri = URI.create(base + "/v1/accounts/" + connection.accountId() + "/transactions?bookingStatus=booked&dateFrom="
                + from + "&dateTo=" + until);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET().timeout(Duration.ofMillis(settings.readTimeoutMs()))
                .header("Accept", json ? "application/json" : "application/xml")
                .header("X-Request-ID", UUID.randomUUID().toString());
        if (credentials.has(credentials.bearerToken())) {
            request.header("Authorization", "Bearer " + credentials.bearerToken());
        } else {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (credentials.clientId() + ":" + credentials.clientSecret()).getBytes(StandardCharsets.UTF_8)));
        }
        if (credentials.has(credentials.consentId())) {
            request.header("Consent-ID", credentials.consentId());
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(settings.connectTimeoutMs()))
                .followRedirects(HttpClient.Redirect.NEVER).sslContext(tls(caPem)).build();
        try {
            HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                if (response.statusCode() != 200) {
                    throw new PullFailure("GET " + uri.getHost() + uri.getRawPath() + " answered HTTP " + response.statusCode());
                }
                return StatementDelivery.readBounded(in, settings.fileBytesMax());
            }
        } catch (LedgerRefusal tooLarge) {
            throw new PullFailure("the bank's response is larger than ledger.bank-pulls.file-bytes-max "
                    + settings.fileBytesMax() + " bytes: not taken");
        } catch (IOException failed) {
            throw new PullFailure("GET " + uri.getHost() + uri.getRawPath() + ": " + failed.getClass().getSimpleName()
                    + (failed.getMessage() == null ? "" : ": " + failed.getMessage()), failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new PullFailure("interrupted while pulling", interrupted);
        }
    }

    private SSLContext tls(String caPem) {
        try {
            if (caPem != null) {
                KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
                store.load(null, null);
                int i = 0;
                for (var cert : CertificateFactory.getInstance("X.509").generateCertificates(
                        new ByteArrayInputStream(caPem.getBytes(StandardCharsets.US_ASCII)))) {
                    store.setCertificateEntry("ca-" + i++, cert);
                }
                return context(store);
            }
            return defaultTls != null ? defaultTls : SSLContext.getDefault();
        } catch (GeneralSecurityException | IOException unusable) {
            throw new PullFailure("the connection's CA certificate cannot be used: " + unusable.getClass().getSimpleName());
        }
    }

    /** Checks a CA certificate PEM as given to the API: one or more X.509 certificates. */
    static void requireCertificates(String pem) {
        try {
            var certs = CertificateFactory.getInstance("X.509").generateCertificates(
                    new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
            if (certs.isEmpty() || !certs.stream().allMatch(c -> c instanceof X509Certificate)) {
                throw new IllegalArgumentException();
            }
        } catch (GeneralSecurityException | IllegalArgumentException unreadable) {
            throw bank.ledger.domain.refusal.Fields.invalid("caCertificate", "caCertificate is one or more PEM X.509 certificates");
        }
    }

    private static SSLContext trustStore(BankPullProperties settings) {
        try (InputStream in = java.nio.file.Files.newInputStream(java.nio.file.Path.of(settings.trustStore()))) {
            KeyStore store = KeyStore.getInstance(settings.trustStore().endsWith(".jks") ? "JKS" : "PKCS12");
            store.load(in, settings.trustStorePassword().toCharArray());
            return context(store);
        } catch (GeneralSecurityException | IOException unusable) {
            throw new IllegalStateException("ledger.bank-pulls.trust-store " + settings.trustStore() + " cannot be read: " + unusable);
        }
    }

    private static SSLContext context(KeyStore store) throws GeneralSecurityException {
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }
}
