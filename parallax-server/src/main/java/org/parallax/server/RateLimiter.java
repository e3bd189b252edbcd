package org.parallax.server;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client address: {@code perSecond} requests a second on average, bursts of
 * twice as many. Written here because it is a dozen lines; the buckets of clients idle for a minute
 * are dropped so the map does not grow without end.
 */
final class RateLimiter {

    private static final long IDLE_NANOS = 60_000_000_000L;

    private final int perSecond;
    private final LongSupplier clock;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private volatile long lastSweep;

    /** @param perSecond requests a second per client; 0 lets every request through */
    RateLimiter(int perSecond) {
        this(perSecond, System::nanoTime);
    }

    /** @param clock nanoseconds, as {@link System#nanoTime()} counts them */
    RateLimiter(int perSecond, LongSupplier clock) {
        this.perSecond = perSecond;
        this.clock = clock;
        this.lastSweep = clock.getAsLong();
    }

    /** How many clients it keeps a bucket for. */
    int clients() {
        return buckets.size();
    }

    boolean allow(String client) {
        if (perSecond == 0) {
            return true;
        }
        long now = clock.getAsLong();
        if (now - lastSweep > IDLE_NANOS) {
            lastSweep = now;
            buckets.values().removeIf(bucket -> bucket.idleSince(now, IDLE_NANOS));
        }
        return buckets.computeIfAbsent(client, key -> new Bucket(2.0 * perSecond, now)).take(now, perSecond);
    }

    private static final class Bucket {
        private final double capacity;
        private double tokens;
        private long last;

        Bucket(double capacity, long now) {
            this.capacity = capacity;
            this.tokens = capacity;
            this.last = now;
        }

        synchronized boolean take(long now, int perSecond) {
            tokens = Math.min(capacity, tokens + (now - last) / 1e9 * perSecond);
            last = now;
            if (tokens < 1) {
                return false;
            }
            tokens -= 1;
            return true;
        }

        synchronized boolean idleSince(long now, long idle) {
            return now - last > idle;
        }
    }
}
