package bank.ledger.stream.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/** An address range, {@code 127.0.0.0/8} or {@code ::1/128}; literal addresses only, never a DNS lookup. */
record Cidr(byte[] network, int prefixBits, String text) {
    /** Four decimal numbers 0-255 without leading zeros: the one IPv4 spelling every client reads alike. */
    static final Pattern CANONICAL_IPV4 = Pattern.compile(
            "((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])");

    static Cidr parse(String text) {
        String[] parts = text.split("/", 2);
        try {
            InetAddress address = literal(parts[0]);
            // the JDK turns ::ffff:a.b.c.d into an IPv4 address; a range written in IPv6 stays IPv6
            byte[] network = parts[0].contains(":") ? ipv6Bytes(address) : address.getAddress();
            int bits = parts.length == 2 ? Integer.parseInt(parts[1]) : network.length * 8;
            if (bits < 0 || bits > network.length * 8) {
                throw new IllegalArgumentException("prefix out of range in " + text);
            }
            return new Cidr(network, bits, text);
        } catch (UnknownHostException | NumberFormatException e) {
            throw new IllegalArgumentException("not a CIDR: " + text, e);
        }
    }

    /** A literal IPv4 (canonical) or IPv6 address; the JDK parses a text holding ':' as IPv6 only. */
    static InetAddress literal(String address) throws UnknownHostException {
        if (!CANONICAL_IPV4.matcher(address).matches() && !address.contains(":")) {
            throw new UnknownHostException("not a literal address: " + address);
        }
        return InetAddress.getByName(address);
    }

    private static byte[] ipv6Bytes(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length == 16) {
            return bytes;
        }
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xff;
        mapped[11] = (byte) 0xff;
        System.arraycopy(bytes, 0, mapped, 12, 4);
        return mapped;
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
