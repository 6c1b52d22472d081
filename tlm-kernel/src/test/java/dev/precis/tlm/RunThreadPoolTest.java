package dev.precis.tlm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The actor run's own pool: it knows every thread it started and ends only when all of them have. */
class RunThreadPoolTest {

    @Test
    void closeReturnsOnlyWhenEveryThreadThePoolStartedHasEnded() throws InterruptedException {
        RunThreadPool pool = new RunThreadPool("test-pool-", 2);
        CountDownLatch ran = new CountDownLatch(20);
        for (int i = 0; i < 20; i++) pool.executionContext().execute(ran::countDown);
        ran.await();
        assertThat(pool.started()).isNotEmpty().allSatisfy(t -> assertThat(t.getName()).startsWith("test-pool-worker-"));
        pool.close(System.nanoTime() + TimeUnit.SECONDS.toNanos(30));
        assertThat(pool.started()).noneMatch(Thread::isAlive);
    }

    @Test
    void aClosedPoolStartsNoMoreThreads() {
        RunThreadPool pool = new RunThreadPool("test-pool-", 2);
        pool.close(System.nanoTime() + TimeUnit.SECONDS.toNanos(30));
        try {
            pool.executionContext().execute(() -> { });
        } catch (RuntimeException rejected) {
            // A shut-down pool may refuse the task; either way it must not start a thread.
        }
        assertThat(pool.started()).isEmpty();
    }

    @Test
    void aThreadThatDoesNotEndByTheDeadlineIsNamedInTheError() throws InterruptedException {
        RunThreadPool pool = new RunThreadPool("stuck-pool-", 1);
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        pool.executionContext().execute(() -> {
            running.countDown();
            // Ignores the interrupt that closing sends, like a task stuck in uninterruptible work.
            while (release.getCount() > 0) {
                try {
                    release.await();
                } catch (InterruptedException ignored) {
                    // keep waiting
                }
            }
        });
        running.await();
        try {
            assertThatThrownBy(() -> pool.close(System.nanoTime()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("still alive")
                    .hasMessageContaining("stuck-pool-worker-0");
        } finally {
            release.countDown();
        }
        pool.close(System.nanoTime() + TimeUnit.SECONDS.toNanos(30));
        assertThat(pool.started()).noneMatch(Thread::isAlive);
    }
}
