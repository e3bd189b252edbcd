package org.parallax.server;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.Optional;
import org.parallax.store.ApiToken;
import org.parallax.store.Store;

/**
 * What every request passes first: the security headers (set before anything else, so that errors and
 * static files carry them too), the request size limit, the rate limit per client, and the token:
 * writes need one ({@code Authorization: Bearer <secret>}); API reads need one too unless the server
 * listens on a loopback address. The token's name is who the request is made by, for the audit log.
 */
final class Guard {

    /** Scripts, styles and images from the server itself only; no inline scripts, no framing. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /** The request attribute holding the name of the token a request came with. */
    static final String WHO = "parallax.who";
    /** The one read that may be posted without a token: a claim check (a sentence is too long for an address). */
    static final String CLAIM_CHECKS = "/api/v1/claim-checks";
    /** The largest refused body read and dropped before the 413, so that the client sees the answer. */
    static final long DRAIN_LIMIT = 8L * 1024 * 1024;

    private final ServerSettings settings;
    private final RateLimiter limiter;
    private final Store store;

    Guard(ServerSettings settings, Store store) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.limiter = new RateLimiter(settings.requestsPerSecond());
        this.store = Objects.requireNonNull(store, "store");
    }

    /** Who made the request: its token's name (only requests that needed a token have one). */
    static Optional<String> who(Context context) {
        return Optional.ofNullable(context.attribute(WHO));
    }

    /** Who made a write: its token's name, which {@link #check} has made sure of. */
    static String writer(Context context) {
        return who(context).orElseThrow(() -> new ApiException(ErrorCategory.UNAUTHORIZED, "this request needs a token"));
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
            drain(context, length);
            throw new ApiException(ErrorCategory.OUT_OF_RESOURCES, 413, "the request has " + length
                    + " bytes; this server accepts at most " + settings.maxRequestBytes());
        }
        if (!limiter.allow(context.ip())) {
            context.header("Retry-After", "1");
            throw new ApiException(ErrorCategory.OUT_OF_RESOURCES, 429, "too many requests from " + context.ip()
                    + ": at most " + settings.requestsPerSecond() + " a second; try again shortly");
        }
        if (!context.path().startsWith("/api/")) {
            return;
        }
        boolean read = context.method() == HandlerType.GET || context.method() == HandlerType.HEAD
                || context.method() == HandlerType.OPTIONS || context.path().equals(CLAIM_CHECKS);
        Optional<String> secret = secret(context);
        if (secret.isPresent()) {
            ApiToken token = store.token(secret.get()).orElseThrow(() -> new ApiException(ErrorCategory.UNAUTHORIZED,
                    "this token is not known to the store (revoked, or mistyped)"));
            context.attribute(WHO, token.name());
        } else if (!read) {
            throw new ApiException(ErrorCategory.UNAUTHORIZED, context.method() + " " + context.path()
                    + " changes the store and needs a token: Authorization: Bearer <secret> (parallax token create NAME)");
        } else if (!settings.loopback()) {
            throw new ApiException(ErrorCategory.UNAUTHORIZED, "this server listens beyond this machine; every API request"
                    + " needs a token: Authorization: Bearer <secret> (parallax token create NAME)");
        }
    }

    /**
     * Reads and drops the body of a request that is refused for its size, when it is small enough to be
     * worth it: a client that is still writing its body when the server answers and closes the connection
     * gets a reset instead of the answer (Java's HttpClient reports "cannot send", a browser a network
     * error), so the clear 413 would never reach it. Bodies past {@link #DRAIN_LIMIT} are not read: the
     * server answers at once and the connection closes, as every HTTP server does for those.
     */
    private static void drain(Context context, long length) {
        if (length > DRAIN_LIMIT) {
            return;
        }
        try (InputStream body = context.req().getInputStream()) {
            byte[] buffer = new byte[16 * 1024];
            long left = length;
            while (left > 0) {
                int read = body.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (read < 0) {
                    break;
                }
                left -= read;
            }
        } catch (IOException gone) {
            // The client went away while its refused body was read; the answer goes nowhere either way.
        }
    }

    /**
     * The token's secret: the {@code Authorization: Bearer} header, or, for the server-sent events of an
     * ingest only (a browser's EventSource cannot send headers), the {@code access_token} parameter.
     */
    private static Optional<String> secret(Context context) {
        String header = context.header("Authorization");
        if (header != null) {
            if (!header.regionMatches(true, 0, "Bearer ", 0, 7) || header.substring(7).isBlank()) {
                throw new ApiException(ErrorCategory.UNAUTHORIZED, "the Authorization header must be 'Bearer <secret>'");
            }
            return Optional.of(header.substring(7).strip());
        }
        if (context.method() == HandlerType.GET && context.path().startsWith("/api/v1/ingests/") && context.path().endsWith("/events")) {
            return Optional.ofNullable(context.queryParam("access_token")).filter(value -> !value.isBlank());
        }
        return Optional.empty();
    }
}
