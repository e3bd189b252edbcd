package org.parallax.store;

import java.time.Instant;
import java.util.Objects;

/**
 * An API token as the store lists it: its name (who uses it, recorded as who in the audit log) and
 * when it was made. Its secret is never kept, only the secret's SHA-256.
 */
public record ApiToken(String name, Instant createdAt) {

    public ApiToken {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /**
     * A token just made, with its secret: shown once, to the person who made it.
     *
     * @param token  the token as listed
     * @param secret what a client sends ({@code Authorization: Bearer <secret>})
     */
    public record Created(ApiToken token, String secret) {
        public Created {
            Objects.requireNonNull(token, "token");
            Objects.requireNonNull(secret, "secret");
        }
    }
}
