package dev.precis.tlm;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import scala.concurrent.ExecutionContext;

/**
 * The threads of one actor run. Every dispatcher of the run's actor system executes on this pool (see
 * {@link ActorEngine}), and the pool's thread factory records every thread it starts, so the run can wait
 * for exactly those threads, including any the pool starts while the actor system shuts down, instead of
 * for a snapshot of the threads alive at one moment. After {@link #close} begins the factory starts no
 * more threads.
 */
final class RunThreadPool {
    private final String namePrefix;
    private final ForkJoinPool pool;
    private final List<Thread> started = new ArrayList<>();
    private boolean closing;

    /** {@code parallelism} worker threads named {@code namePrefix + "worker-" + n}, FIFO per worker like Akka's. */
    RunThreadPool(String namePrefix, int parallelism) {
        this.namePrefix = namePrefix;
        this.pool = new ForkJoinPool(parallelism, this::newWorker, null, true);
    }

    ExecutionContext executionContext() {
        return ExecutionContext.fromExecutorService(pool);
    }

    private synchronized ForkJoinWorkerThread newWorker(ForkJoinPool owner) {
        // A null thread tells the pool it cannot grow; the pool stays consistent.
        if (closing) return null;
        ForkJoinWorkerThread t = new ForkJoinWorkerThread(owner) { };
        t.setName(namePrefix + "worker-" + started.size());
        t.setDaemon(true);
        started.add(t);
        return t;
    }

    /** Every thread this pool has started, alive or not, in start order. */
    synchronized List<Thread> started() {
        return List.copyOf(started);
    }

    /**
     * Stops the pool (the actor system it served has terminated, so queued work is dropped) and waits until
     * every thread it ever started has ended.
     *
     * @throws IllegalStateException naming the threads still alive if they have not all ended by the deadline
     */
    void close(long deadlineNanos) {
        List<Thread> threads;
        synchronized (this) {
            closing = true;
            threads = List.copyOf(started);
        }
        pool.shutdownNow();
        try {
            pool.awaitTermination(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
            for (Thread t : threads) {
                if (t == Thread.currentThread()) continue;
                long left = deadlineNanos - System.nanoTime();
                if (left > 0) t.join(TimeUnit.NANOSECONDS.toMillis(left) + 1);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the actor run's threads to end", e);
        }
        requireEnded(threads, "worker");
    }

    /** Fails naming every thread of {@code threads} (other than the caller) that is still alive. */
    static void requireEnded(List<Thread> threads, String what) {
        List<String> alive = new ArrayList<>();
        for (Thread t : threads) if (t.isAlive() && t != Thread.currentThread()) alive.add(t.getName());
        if (!alive.isEmpty()) {
            throw new IllegalStateException("actor run ended but " + alive.size() + " " + what + " thread(s) are still alive: "
                    + alive.stream().sorted().collect(Collectors.joining(", ")));
        }
    }
}
