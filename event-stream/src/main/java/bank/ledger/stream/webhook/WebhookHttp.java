package bank.ledger.stream.webhook;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.client5.http.async.methods.SimpleRequestProducer;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.Message;
import org.apache.hc.core5.http.nio.entity.DiscardingEntityConsumer;
import org.apache.hc.core5.http.nio.support.BasicResponseConsumer;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;

/**
 * The HTTP client of webhook deliveries (Apache HttpClient 5, asynchronous): names are looked up only
 * through {@link PinnedDnsResolver}; no redirects, no automatic retries (the outbox retries), no proxy
 * from system properties, the response body discarded unread, each call bounded by the request time-out.
 */
final class WebhookHttp implements AutoCloseable {
    private final CloseableHttpAsyncClient client;
    private final Duration requestTimeout;

    WebhookHttp(WebhookTargets targets, Duration requestTimeout, int connectionsMax) {
        this.requestTimeout = requestTimeout;
        Timeout timeout = Timeout.of(requestTimeout);
        this.client = HttpAsyncClients.custom()
                .setConnectionManager(PoolingAsyncClientConnectionManagerBuilder.create()
                        .setDnsResolver(new PinnedDnsResolver(targets))
                        .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(timeout)
                                .setSocketTimeout(timeout).build())
                        .setMaxConnTotal(connectionsMax).setMaxConnPerRoute(connectionsMax).build())
                .setDefaultRequestConfig(RequestConfig.custom().setRedirectsEnabled(false)
                        .setResponseTimeout(timeout).build())
                .disableRedirectHandling().disableAutomaticRetries().disableCookieManagement()
                .build();
        client.start();
    }

    /** POSTs a JSON body; completes with the HTTP status, or exceptionally (refused target, time-out, I/O). */
    CompletableFuture<Integer> post(URI url, Map<String, String> headers, String body) {
        SimpleRequestBuilder request = SimpleRequestBuilder.post(url).setBody(body, ContentType.APPLICATION_JSON);
        headers.forEach(request::addHeader);
        CompletableFuture<Integer> status = new CompletableFuture<>();
        Future<Message<HttpResponse, Void>> call = client.execute(SimpleRequestProducer.create(request.build()),
                new BasicResponseConsumer<>(new DiscardingEntityConsumer<>()), new FutureCallback<>() {
                    @Override
                    public void completed(Message<HttpResponse, Void> response) {
                        status.complete(response.getHead().getCode());
                    }

                    @Override
                    public void failed(Exception failure) {
                        status.completeExceptionally(failure);
                    }

                    @Override
                    public void cancelled() {
                        status.cancel(false);
                    }
                });
        return status.orTimeout(requestTimeout.toMillis(), TimeUnit.MILLISECONDS).whenComplete((code, failure) -> {
            if (failure != null) {
                call.cancel(true);
            }
        });
    }

    @Override
    public void close() {
        client.close(CloseMode.GRACEFUL);
    }
}
