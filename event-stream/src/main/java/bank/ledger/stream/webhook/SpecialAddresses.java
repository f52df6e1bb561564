package bank.ledger.stream.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The addresses no webhook may reach on its own: every range of the IANA IPv4 and IPv6 special-purpose
 * registries (RFC 6890 and successors, as of 2026), multicast, and all IPv6 outside global unicast
 * (2000::/3), which covers unique-local, link-local, site-local, multicast and the reserved ::/8.
 * Some registry entries are "globally reachable" (AS112, AMT, parts of 2001::/23); nobody runs a
 * receiver there, so the whole ranges are refused: simpler to audit than a list of exceptions.
 */
final class SpecialAddresses {
    /** A named range. */
    record Range(Cidr cidr, String name) {
    }

    private static final List<Range> RANGES = List.of(
            range("0.0.0.0/8", "this network"), range("10.0.0.0/8", "private"),
            range("100.64.0.0/10", "shared address space"), range("127.0.0.0/8", "loopback"),
            range("169.254.0.0/16", "link-local, cloud metadata"), range("172.16.0.0/12", "private"),
            range("192.0.0.0/24", "IETF protocol assignments"), range("192.0.2.0/24", "documentation"),
            range("192.31.196.0/24", "AS112"), range("192.52.193.0/24", "AMT"),
            range("192.88.99.0/24", "6to4 relay anycast"), range("192.168.0.0/16", "private"),
            range("192.175.48.0/24", "AS112 direct delegation"), range("198.18.0.0/15", "benchmarking"),
            range("198.51.100.0/24", "documentation"), range("203.0.113.0/24", "documentation"),
            range("224.0.0.0/4", "multicast"), range("240.0.0.0/4", "reserved, broadcast"),
            range("::/128", "unspecified"), range("::1/128", "loopback"),
            range("::/96", "IPv4-compatible"), range("::ffff:0:0/96", "IPv4-mapped"),
            range("64:ff9b::/96", "NAT64"), range("64:ff9b:1::/48", "local-use NAT64"),
            range("100::/64", "discard-only"), range("2001::/32", "Teredo"),
            range("2001::/23", "IETF protocol assignments"), range("2001:db8::/32", "documentation"),
            range("2002::/16", "6to4"), range("3fff::/20", "documentation"), range("5f00::/16", "SRv6 SIDs"),
            range("fc00::/7", "unique-local"), range("fe80::/10", "link-local"), range("ff00::/8", "multicast"));
    private static final Cidr GLOBAL_UNICAST_V6 = Cidr.parse("2000::/3");

    private SpecialAddresses() {
    }

    /** The special range holding the address itself (not what it embeds), if any. */
    static Optional<String> rangeOf(InetAddress address) {
        for (Range range : RANGES) {
            if (range.cidr().contains(address)) {
                return Optional.of(range.cidr().text() + " " + range.name());
            }
        }
        if (address instanceof Inet6Address && !GLOBAL_UNICAST_V6.contains(address)) {
            return Optional.of("outside 2000::/3, not global unicast");
        }
        return Optional.empty();
    }

    /**
     * The IPv4 addresses an IPv6 address carries, which a translator or tunnel would reach: IPv4-compatible
     * and -mapped (low 32 bits), NAT64 64:ff9b::/96 (low 32 bits), 6to4 (bits 16-47), Teredo (server at
     * bits 32-63, client inverted in the low 32 bits).
     */
    static List<InetAddress> embeddedIpv4(InetAddress address) {
        byte[] b = address.getAddress();
        List<InetAddress> embedded = new ArrayList<>();
        if (b.length != 16 || within(address, "::/127")) { // :: and ::1 are not IPv4-compatible (RFC 4291)
            return embedded;
        }
        if (within(address, "::/96") || within(address, "::ffff:0:0/96") || within(address, "64:ff9b::/96")) {
            embedded.add(ipv4(Arrays.copyOfRange(b, 12, 16), false));
        } else if (within(address, "2002::/16")) {
            embedded.add(ipv4(Arrays.copyOfRange(b, 2, 6), false));
        } else if (within(address, "2001::/32")) {
            embedded.add(ipv4(Arrays.copyOfRange(b, 4, 8), false));
            embedded.add(ipv4(Arrays.copyOfRange(b, 12, 16), true));
        }
        return embedded;
    }

    private static boolean within(InetAddress address, String cidr) {
        return Cidr.parse(cidr).contains(address);
    }

    private static InetAddress ipv4(byte[] bytes, boolean inverted) {
        byte[] copy = bytes.clone();
        for (int i = 0; inverted && i < copy.length; i++) {
            copy[i] = (byte) ~copy[i];
        }
        try {
            return Inet4Address.getByAddress(copy);
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static Range range(String cidr, String name) {
        return new Range(Cidr.parse(cidr), name);
    }
}
