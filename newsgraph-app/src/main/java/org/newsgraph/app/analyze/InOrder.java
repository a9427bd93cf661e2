package org.newsgraph.app.analyze;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Work done on several threads, its results applied on the caller's thread in the order the work
 * was given: each piece of work returns what to do with its result (a commit), and a commit runs
 * only after every commit given before it. So a run stores what it would store on one thread, in
 * the same order, while the next articles are analysed. With one thread, work runs at once on
 * the caller's thread.
 *
 * <p>At most {@code 2 × threads} pieces wait at a time: giving more first applies the oldest.
 * Closing without {@link #finish} (a run that failed) drops what was not applied yet.
 */
final class InOrder implements AutoCloseable {

    private final ExecutorService workers;
    private final int waiting;
    private final Deque<Future<Runnable>> pending = new ArrayDeque<>();

    InOrder(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, not " + threads);
        }
        this.workers = threads == 1 ? null : Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "newsgraph-analyze");
            t.setDaemon(true);
            return t;
        });
        this.waiting = 2 * threads;
    }

    /** Runs {@code work} on a worker, then the commit it returns here, after those given before. */
    void work(Callable<Runnable> work) {
        if (workers == null) {
            call(work).run();
            return;
        }
        pending.add(workers.submit(work));
        while (pending.size() > waiting) {
            commit(pending.poll());
        }
    }

    /** Runs {@code commit} here, after the commits of all work given before. */
    void then(Runnable commit) {
        if (pending.isEmpty()) {
            commit.run();
        } else {
            pending.add(CompletableFuture.completedFuture(commit));
        }
    }

    /** Waits for all work given and applies its commits, in order. */
    void finish() {
        while (!pending.isEmpty()) {
            commit(pending.poll());
        }
    }

    @Override
    public void close() {
        if (workers != null) {
            workers.shutdownNow();
        }
        pending.clear();
    }

    private static void commit(Future<Runnable> result) {
        try {
            result.get().run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for an article's analysis", e);
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        }
    }

    private static Runnable call(Callable<Runnable> work) {
        try {
            return work.call();
        } catch (Exception e) {
            throw rethrown(e);
        }
    }

    /** Work hands its expected failures to its commit; what escapes it is a bug or an Error. */
    private static RuntimeException rethrown(Throwable cause) {
        if (cause instanceof Error error) {
            throw error;
        }
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        return new IllegalStateException(cause);
    }
}
