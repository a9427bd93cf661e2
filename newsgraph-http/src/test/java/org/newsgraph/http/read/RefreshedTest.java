package org.newsgraph.http.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A value read again in the background: requests take the value before meanwhile, and a failure reaches one. */
class RefreshedTest {

    @Test
    void answersWithTheValueBeforeWhileItIsReadAgain() throws InterruptedException {
        AtomicInteger reads = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        try (Refreshed<Integer> value = new Refreshed<>(() -> {
            int n = reads.incrementAndGet();
            if (n == 2) {
                await(release);
            }
            return n;
        }, () -> String.valueOf(System.nanoTime()), Duration.ZERO, "test-refresh")) {
            assertThat(value.get()).isEqualTo(1);
            assertThat(value.get()).as("read again in the background, not waited for").isEqualTo(1);
            assertThat(value.get()).isEqualTo(1);
            release.countDown();
            assertThat(eventually(value, 2)).isTrue();
        }
    }

    @Test
    void aReadThatFailsIsThrownToTheNextRequest() {
        AtomicInteger reads = new AtomicInteger();
        try (Refreshed<Integer> value = new Refreshed<>(() -> {
            if (reads.incrementAndGet() == 2) {
                throw new IllegalStateException("the store cannot be read");
            }
            return reads.get();
        }, () -> String.valueOf(System.nanoTime()), Duration.ZERO, "test-refresh")) {
            assertThat(value.get()).isEqualTo(1);
            value.get();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            boolean thrown = false;
            while (!thrown && System.nanoTime() < deadline) {
                try {
                    value.get();
                } catch (IllegalStateException e) {
                    assertThat(e).hasMessage("the store cannot be read");
                    thrown = true;
                }
            }
            assertThat(thrown).isTrue();
            assertThat(eventually(value, 3)).as("read again after the failure").isTrue();
        }
        assertThatThrownBy(() -> new Refreshed<Integer>(() -> {
            throw new IllegalStateException("no store");
        }, () -> String.valueOf(System.nanoTime()), Duration.ZERO, "test-refresh").get()).hasMessage("no store");
    }

    @Test
    void isNotReadAgainWhileItsStampIsTheSame() {
        AtomicInteger reads = new AtomicInteger();
        AtomicInteger stamp = new AtomicInteger();
        try (Refreshed<Integer> value = new Refreshed<>(reads::incrementAndGet, () -> "commit " + stamp.get(),
                Duration.ZERO, "test-refresh")) {
            assertThat(value.get()).isEqualTo(1);
            for (int i = 0; i < 1_000; i++) {
                value.get();
            }
            assertThat(value.get()).isEqualTo(1);
            stamp.incrementAndGet();
            assertThat(eventually(value, 2)).isTrue();
        }
    }

    private static boolean eventually(Refreshed<Integer> value, int atLeast) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (value.get() >= atLeast) {
                return true;
            }
            Thread.onSpinWait();
        }
        return false;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
