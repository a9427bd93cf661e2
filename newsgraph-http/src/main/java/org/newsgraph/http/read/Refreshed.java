package org.newsgraph.http.read;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * A value read from the store that answers requests for a time to live, then is read again on a
 * thread of its own while the requests go on with the value before: no request waits for a read
 * but the very first. It is read again only when the stamp of what it is read from changed (the
 * store's files: nothing committed, nothing to read). A read that fails is thrown to the next
 * request, as a read of its own would be.
 */
public final class Refreshed<T> implements AutoCloseable {

    /**
     * How long a value is kept while the stamp stays the same: a file's time of change is coarse
     * (milliseconds), so two commits close together may leave one stamp; a read now and then mends that.
     */
    private static final long SAME_STAMP_NANOS = TimeUnit.SECONDS.toNanos(10);

    private final Supplier<T> read;
    private final Supplier<String> stamp;
    private final long ttl;
    private final AtomicBoolean reading = new AtomicBoolean();
    private final ExecutorService reader;
    private volatile Read<T> last;
    private volatile RuntimeException failed;

    /**
     * @param stamp what changes when the value may have: the value is read again only then
     * @param name  the name of the reading thread
     */
    public Refreshed(Supplier<T> read, Supplier<String> stamp, Duration ttl, String name) {
        this.read = read;
        this.stamp = stamp;
        this.ttl = ttl.toNanos();
        this.reader = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The value as last read; read again in the background when older than the time to live. */
    public T get() {
        RuntimeException failure = failed;
        if (failure != null) {
            failed = null;
            throw failure;
        }
        Read<T> value = last;
        if (value == null) {
            return first();
        }
        if (System.nanoTime() - value.at() >= ttl && reading.compareAndSet(false, true)) {
            try {
                reader.execute(this::readAgain);
            } catch (RejectedExecutionException closed) {
                reading.set(false);
            }
        }
        return value.value();
    }

    /** Reads the value now on a thread of its own, so that the first request need not. */
    public void warm() {
        if (reading.compareAndSet(false, true)) {
            reader.execute(this::readAgain);
        }
    }

    private synchronized T first() {
        if (last == null) {
            String stamped = stamp.get();
            long now = System.nanoTime();
            last = new Read<>(read.get(), stamped, now, now);
        }
        return last.value();
    }

    private void readAgain() {
        try {
            String stamped = stamp.get();
            long now = System.nanoTime();
            Read<T> before = last;
            if (before != null && stamped.equals(before.stamp()) && now - before.readAt() < SAME_STAMP_NANOS) {
                last = new Read<>(before.value(), stamped, before.readAt(), now);
            } else {
                last = new Read<>(read.get(), stamped, now, now);
            }
        } catch (RuntimeException e) {
            failed = e;
        } finally {
            reading.set(false);
        }
    }

    @Override
    public void close() {
        reader.shutdownNow();
    }

    /** A value, the stamp it was read at, when it was read and when last found current (System.nanoTime). */
    private record Read<T>(T value, String stamp, long readAt, long at) {}
}
