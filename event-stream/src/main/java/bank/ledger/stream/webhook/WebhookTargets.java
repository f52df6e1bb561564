package bank.ledger.stream.webhook;

import bank.ledger.domain.refusal.Fields;
import bank.ledger.stream.StreamProperties;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Where a webhook may send the ledger's events: not into the ledger's own network nor any other
 * special-purpose address ({@link SpecialAddresses}), unless an operator allowed that range in
 * {@code ledger.stream.webhooks.allowed-internal-targets} (CIDRs; the dev profile allows loopback).
 * An IPv6 form that carries an IPv4 address (NAT64, 6to4, Teredo, mapped, compatible) is judged on both:
 * allowing 127.0.0.0/8 does not open [::127.0.0.1], and allowing 2002::/16 does not open 6to4 to 10/8.
 * Checked at registration, and at delivery by the one DNS lookup whose answer the connection uses
 * ({@link PinnedDnsResolver}), so a name cannot be rebound between the check and the connect.
 */
@Component
@Profile("projections")
public class WebhookTargets {
    /** Digits or 0x-hex labels: a host every client reads as an IPv4 address, whatever the JDK makes of it. */
    private static final Pattern NUMERIC_HOST = Pattern.compile("(?i)(0x[0-9a-f]*|[0-9]+)(\\.(0x[0-9a-f]*|[0-9]+))*\\.?");
    private final List<Cidr> allowed = new ArrayList<>();
    private final HostLookup lookup;

    /** A name's addresses; the system resolver outside tests. */
    @FunctionalInterface
    interface HostLookup {
        InetAddress[] addresses(String host) throws UnknownHostException;
    }

    @Autowired
    public WebhookTargets(StreamProperties properties) {
        this(properties.webhooks().allowedInternalTargets(), InetAddress::getAllByName);
    }

    WebhookTargets(List<String> allowedCidrs, HostLookup lookup) {
        this.lookup = lookup;
        for (String cidr : allowedCidrs) {
            if (!cidr.isBlank()) {
                allowed.add(Cidr.parse(cidr.trim()));
            }
        }
    }

    /** Refuses ({@code invalidField} on {@code url}) a target inside the ledger's network. */
    public void check(URI url) {
        String reason = refusal(url);
        if (reason != null) {
            throw Fields.invalid("url", reason);
        }
    }

    /** Why the ledger will not call this URL, or null when it may. */
    public String refusal(URI url) {
        try {
            resolve(url.getHost());
            return null;
        } catch (UnknownHostException refused) {
            return refused.getMessage();
        }
    }

    /**
     * The host's addresses, looked up once; refused (an {@link UnknownHostException} saying why) when any of
     * them may not be called, so a caller that connects only to what this answers cannot be steered inside.
     */
    InetAddress[] resolve(String host) throws UnknownHostException {
        if (host == null || host.isEmpty()) {
            throw new UnknownHostException("the URL names no host the ledger can read");
        }
        if (NUMERIC_HOST.matcher(host).matches() && !Cidr.CANONICAL_IPV4.matcher(host).matches()) {
            throw new UnknownHostException("the host " + host + " is read as an IPv4 address by some clients: "
                    + "write an IPv4 address as four decimal numbers");
        }
        InetAddress[] addresses;
        try {
            addresses = lookup.addresses(host);
        } catch (UnknownHostException unknown) {
            throw new UnknownHostException("the host " + host + " does not resolve");
        }
        for (InetAddress address : addresses) {
            String reason = refusalOf(address);
            if (reason != null) {
                throw new UnknownHostException("the host " + host + " is " + reason
                        + ": webhooks go to the integrator's own servers");
            }
        }
        return addresses;
    }

    /** Why this one address may not be called, or null. */
    String refusalOf(InetAddress address) {
        Optional<String> range = forbiddenRange(address);
        if (range.isPresent()) {
            return "a special-purpose address (" + address.getHostAddress() + " in " + range.get() + ")";
        }
        for (InetAddress embedded : SpecialAddresses.embeddedIpv4(address)) {
            Optional<String> embeddedRange = forbiddenRange(embedded);
            if (embeddedRange.isPresent()) {
                return address.getHostAddress() + ", which carries " + embedded.getHostAddress()
                        + ", a special-purpose address (in " + embeddedRange.get() + ")";
            }
        }
        return null;
    }

    private Optional<String> forbiddenRange(InetAddress address) {
        return allowed.stream().anyMatch(cidr -> cidr.contains(address)) ? Optional.empty()
                : SpecialAddresses.rangeOf(address);
    }
}
