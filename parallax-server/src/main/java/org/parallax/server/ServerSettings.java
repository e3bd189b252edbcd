package org.parallax.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;

/**
 * How a server listens and what it allows.
 *
 * @param host               the address it listens on ({@code 127.0.0.1} by default): on a loopback
 *                           address reads are open, on any other every request needs a token
 * @param port               its port (0: any free one)
 * @param maxRequestBytes    the largest request body accepted (uploads included)
 * @param requestsPerSecond  how many requests one client (by address) may make per second, on average
 *                           over a burst of twice as many; 0 for no limit
 */
public record ServerSettings(String host, int port, long maxRequestBytes, int requestsPerSecond) {

    /** The port {@code parallax serve} listens on unless told otherwise. */
    public static final int DEFAULT_PORT = 8080;
    /** 64 MiB: a WARC of a few hundred pages, or a folder's worth of HTML files. */
    public static final long DEFAULT_MAX_REQUEST_BYTES = 64L * 1024 * 1024;
    /** Per client: generous for a person with a browser, a brake for a runaway script. */
    public static final int DEFAULT_REQUESTS_PER_SECOND = 50;

    public ServerSettings {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("the port must be 0 to 65535: " + port);
        }
        if (maxRequestBytes < 1) {
            throw new IllegalArgumentException("the request size limit must be positive: " + maxRequestBytes);
        }
        if (requestsPerSecond < 0) {
            throw new IllegalArgumentException("the rate limit must not be negative: " + requestsPerSecond);
        }
    }

    /** Loopback, port {@value #DEFAULT_PORT}, the default limits. */
    public static ServerSettings defaults() {
        return new ServerSettings("127.0.0.1", DEFAULT_PORT, DEFAULT_MAX_REQUEST_BYTES, DEFAULT_REQUESTS_PER_SECOND);
    }

    public ServerSettings withHost(String newHost) {
        return new ServerSettings(newHost, port, maxRequestBytes, requestsPerSecond);
    }

    public ServerSettings withPort(int newPort) {
        return new ServerSettings(host, newPort, maxRequestBytes, requestsPerSecond);
    }

    public ServerSettings withMaxRequestBytes(long newMaxRequestBytes) {
        return new ServerSettings(host, port, newMaxRequestBytes, requestsPerSecond);
    }

    public ServerSettings withRequestsPerSecond(int newRequestsPerSecond) {
        return new ServerSettings(host, port, maxRequestBytes, newRequestsPerSecond);
    }

    /** Whether the server listens only on this machine (reads then need no token). */
    public boolean loopback() {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
