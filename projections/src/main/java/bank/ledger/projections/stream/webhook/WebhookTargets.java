package bank.ledger.projections.stream.webhook;

import bank.ledger.domain.refusal.Fields;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Where a webhook may send the ledger's events: not into the ledger's own network. A URL whose host is,
 * or resolves to, a loopback, link-local (cloud metadata at 169.254.169.254 included), private,
 * unique-local, multicast or unspecified address is refused, unless an operator allowed that range in
 * {@code ledger.stream.webhooks.allowed-internal-targets} (CIDRs; the dev profile allows loopback).
 * Checked when a webhook is registered and again before every delivery, as DNS answers can change.
 */
@Component
@Profile("projections")
public class WebhookTargets {
    private final List<Cidr> allowed = new ArrayList<>();

    public WebhookTargets(@Value("${ledger.stream.webhooks.allowed-internal-targets:}") List<String> allowedCidrs) {
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
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(url.getHost());
        } catch (UnknownHostException unknown) {
            return "the host " + url.getHost() + " does not resolve";
        }
        for (InetAddress address : addresses) {
            if (isInternal(address) && allowed.stream().noneMatch(cidr -> cidr.contains(address))) {
                return "the host " + url.getHost() + " is inside the ledger's network (" + address.getHostAddress()
                        + "): webhooks go to the integrator's own servers";
            }
        }
        return null;
    }

    static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        boolean uniqueLocalV6 = bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc; // fc00::/7
        boolean sharedV4 = bytes.length == 4 && (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64; // 100.64/10
        return uniqueLocalV6 || sharedV4;
    }

    /** An address range, {@code 127.0.0.0/8} or {@code ::1/128}. */
    record Cidr(byte[] network, int prefixBits) {
        static Cidr parse(String text) {
            String[] parts = text.split("/", 2);
            try {
                byte[] network = InetAddress.getByName(parts[0]).getAddress();
                int bits = parts.length == 2 ? Integer.parseInt(parts[1]) : network.length * 8;
                if (bits < 0 || bits > network.length * 8) {
                    throw new IllegalArgumentException("prefix out of range in " + text);
                }
                return new Cidr(network, bits);
            } catch (UnknownHostException | NumberFormatException e) {
                throw new IllegalArgumentException("not a CIDR: " + text, e);
            }
        }

        boolean contains(InetAddress address) {
            byte[] bytes = address.getAddress();
            if (bytes.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefixBits; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((bytes[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
