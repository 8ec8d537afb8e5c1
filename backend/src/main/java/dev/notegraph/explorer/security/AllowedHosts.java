package dev.notegraph.explorer.security;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The host names a request's {@code Host} header may carry: the loopback ones, and those of
 * {@code explorer.allowed-hosts} (e.g. {@code notes.lan,my-box}).
 *
 * @param allowedHosts extra host names, without port; case does not matter
 */
record AllowedHosts(List<String> allowedHosts) {

    // A page can rebind its own name to 127.0.0.1, but it cannot make a browser send a loopback name:
    // *.localhost never leaves the machine (RFC 6761), and IP literals are not names at all.
    private static final Pattern LOOPBACK_IPV4 = Pattern.compile("127(\\.\\d{1,3}){3}");
    private static final Set<String> LOOPBACK_IPV6 = Set.of("[::1]", "[0:0:0:0:0:0:0:1]");

    /** Whether a {@code Host} header value (name or literal, with or without port) may be served. */
    boolean permits(String hostHeader) {
        var host = hostName(hostHeader);
        return isLoopbackName(host) || normalized().contains(host);
    }

    static boolean isLoopbackName(String host) {
        return host.equals("localhost")
                || host.endsWith(".localhost")
                || LOOPBACK_IPV4.matcher(host).matches()
                || LOOPBACK_IPV6.contains(host);
    }

    /** The host part, lower case, without port and trailing dot; IPv6 literals keep their brackets. */
    static String hostName(String hostHeader) {
        var host = hostHeader.strip().toLowerCase(Locale.ROOT);
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            var port = end < 0 ? "" : host.substring(end + 1);
            // Anything but a port after the literal ("[::1].evil") is no IPv6 host: leave it unmatched.
            return end < 0 || !(port.isEmpty() || port.startsWith(":")) ? host : host.substring(0, end + 1);
        }
        int colon = host.lastIndexOf(':');
        host = colon < 0 ? host : host.substring(0, colon);
        return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    }

    private Set<String> normalized() {
        return allowedHosts.stream()
                .map(AllowedHosts::hostName)
                .filter(h -> !h.isEmpty())
                .collect(Collectors.toSet());
    }
}
