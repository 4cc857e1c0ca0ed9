package io.paymentledger.gateway.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Which IP addresses may receive webhooks: only public unicast ones. Refused are the IPv4 and IPv6 special-purpose
 * blocks (IANA registries) that reach this host, its networks or nothing at all; an IPv6 address that embeds an
 * IPv4 address (mapped, compatible, NAT64, 6to4) is judged by the IPv4 address it leads to.
 */
final class AddressRules {

    private static final List<Block> REFUSED_V4 = blocks("0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8",
            "169.254.0.0/16", "172.16.0.0/12", "192.0.0.0/24", "192.0.2.0/24", "192.88.99.0/24", "192.168.0.0/16",
            "198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4");
    private static final List<Block> REFUSED_V6 = blocks("::1/128", "100::/64", "2001::/32", "2001:db8::/32",
            "64:ff9b:1::/48", "fc00::/7", "fe80::/10", "fec0::/10", "ff00::/8");
    /** IPv6 prefixes that carry an IPv4 address, and the byte at which it starts. */
    private static final List<Embedding> EMBEDDING = List.of(new Embedding(block("::ffff:0:0/96"), 12),
            new Embedding(block("::/96"), 12), new Embedding(block("64:ff9b::/96"), 12),
            new Embedding(block("2002::/16"), 2));

    private AddressRules() {
    }

    static boolean isPublic(InetAddress address) {
        return isPublic(address.getAddress());
    }

    private static boolean isPublic(byte[] address) {
        if (address.length == 4) {
            return REFUSED_V4.stream().noneMatch(block -> block.contains(address));
        }
        for (Embedding embedding : EMBEDDING) {
            if (embedding.block().contains(address)) {
                return isPublic(Arrays.copyOfRange(address, embedding.offset(), embedding.offset() + 4));
            }
        }
        return REFUSED_V6.stream().noneMatch(block -> block.contains(address));
    }

    private record Embedding(Block block, int offset) {
    }

    private record Block(byte[] prefix, int bits) {

        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            int full = bits / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != prefix[i]) {
                    return false;
                }
            }
            int rest = bits % 8;
            int mask = (0xff << (8 - rest)) & 0xff;
            return rest == 0 || (address[full] & mask) == (prefix[full] & mask);
        }
    }

    private static List<Block> blocks(String... cidrs) {
        return Arrays.stream(cidrs).map(AddressRules::block).toList();
    }

    private static Block block(String cidr) {
        int slash = cidr.indexOf('/');
        return new Block(literal(cidr.substring(0, slash)).orElseThrow(), Integer.parseInt(cidr.substring(slash + 1)));
    }

    /** The bytes of an address literal, without the IPv4-mapped shortening Java applies to {@code ::ffff:a.b.c.d}. */
    private static Optional<byte[]> literal(String text) {
        try {
            byte[] bytes = InetAddress.getByName(text).getAddress();
            if (text.contains(":") && bytes.length == 4) {
                byte[] mapped = new byte[16];
                mapped[10] = (byte) 0xff;
                mapped[11] = (byte) 0xff;
                System.arraycopy(bytes, 0, mapped, 12, 4);
                return Optional.of(mapped);
            }
            return Optional.of(bytes);
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
