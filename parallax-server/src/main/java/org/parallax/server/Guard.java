package org.parallax.server;

import io.javalin.http.Context;
import java.util.Objects;

/**
 * What every request passes first: the security headers (set before anything else, so that errors and
 * static files carry them too), the request size limit and the rate limit per client.
 */
final class Guard {

    /** Scripts, styles and images from the server itself only; no inline scripts, no framing. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private final ServerSettings settings;
    private final RateLimiter limiter;

    Guard(ServerSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.limiter = new RateLimiter(settings.requestsPerSecond());
    }

    void check(Context context) {
        context.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        context.header("X-Content-Type-Options", "nosniff");
        context.header("X-Frame-Options", "DENY");
        context.header("Referrer-Policy", "no-referrer");
        context.header("Cross-Origin-Resource-Policy", "same-origin");
        if (context.path().startsWith("/api/")) {
            context.header("Cache-Control", "no-store");
        }
        long length = context.req().getContentLengthLong();
        if (length > settings.maxRequestBytes()) {
            throw new ApiException(ErrorCategory.OUT_OF_RESOURCES, 413, "the request has " + length
                    + " bytes; this server accepts at most " + settings.maxRequestBytes());
        }
        if (!limiter.allow(context.ip())) {
            context.header("Retry-After", "1");
            throw new ApiException(ErrorCategory.OUT_OF_RESOURCES, 429, "too many requests from " + context.ip()
                    + ": at most " + settings.requestsPerSecond() + " a second; try again shortly");
        }
    }
}
