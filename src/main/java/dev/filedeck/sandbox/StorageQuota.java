package dev.filedeck.sandbox;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The total-size budget. Uploads reserve bytes as they stream in, so concurrent uploads cannot together
 * overshoot the limit, and release them if they fail.
 */
final class StorageQuota {

    private final long limit;
    private final AtomicLong used = new AtomicLong();

    StorageQuota(long limit) {
        this.limit = limit;
    }

    boolean tryReserve(long bytes) {
        while (true) {
            long current = used.get();
            if (current + bytes > limit) {
                return false;
            }
            if (used.compareAndSet(current, current + bytes)) {
                return true;
            }
        }
    }

    /** Counts bytes already on disk at start-up, even beyond the limit (the limit may have been lowered). */
    void forceReserve(long bytes) {
        used.addAndGet(bytes);
    }

    void release(long bytes) {
        used.addAndGet(-bytes);
    }

    long used() {
        return used.get();
    }

    long remaining() {
        return Math.max(0, limit - used.get());
    }

    long limit() {
        return limit;
    }
}
