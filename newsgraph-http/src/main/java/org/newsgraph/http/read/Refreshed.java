package org.newsgraph.http.read;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * A value read from the store that answers requests for a time to live, then is read again on a
 * thread of its own while the requests go on with the value before: no request waits for a read
 * but the very first. A read that fails is thrown to the next request, as a read of its own would be.
 */
public final class Refreshed<T> implements AutoCloseable {

    private final Supplier<T> read;
    private final long ttl;
    private final AtomicBoolean reading = new AtomicBoolean();
    private final ExecutorService reader;
    private volatile Read<T> last;
    private volatile RuntimeException failed;

    /** @param name the name of the reading thread */
    public Refreshed(Supplier<T> read, Duration ttl, String name) {
        this.read = read;
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
            last = new Read<>(read.get(), System.nanoTime());
        }
        return last.value();
    }

    private void readAgain() {
        try {
            T value = read.get();
            last = new Read<>(value, System.nanoTime());
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

    private record Read<T>(T value, long at) {}
}
