package bank.ledger.stream.webhook;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import org.apache.hc.client5.http.DnsResolver;

/**
 * The only name lookup of a webhook connection: the addresses {@link WebhookTargets#resolve} checked are
 * the addresses the client connects to, so a DNS answer cannot change between the check and the connect
 * (rebinding). The client keeps the original name for the Host header, TLS SNI and certificate checks.
 * A refused host fails the connect with an {@link UnknownHostException} saying why.
 */
final class PinnedDnsResolver implements DnsResolver {
    private final WebhookTargets targets;

    PinnedDnsResolver(WebhookTargets targets) {
        this.targets = targets;
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        return targets.resolve(host);
    }

    @Override
    public List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
        return Arrays.stream(targets.resolve(host)).map(address -> new InetSocketAddress(address, port)).toList();
    }

    /** No reverse lookup: the name the integrator registered is the one that counts. */
    @Override
    public String resolveCanonicalHostname(String host) {
        return host;
    }
}
