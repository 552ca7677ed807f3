package dev.glassbox.compute;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The one executor every model run goes through, so that one learner, one huge input or one burst cannot take the
 * machine from everyone else: a fixed number of threads, a bounded queue in front of them, and a time limit per run.
 * A run that finds no thread and no place in the queue, or is not done within its time limit, ends in a
 * {@link BusyException} at once; a run past its time limit is interrupted, and its thread (and place) is free again
 * as soon as the work returns. A run started from inside another run is done on the same thread (no deadlock).
 */
public final class Compute implements AutoCloseable {

    private static final ThreadLocal<Boolean> INSIDE = ThreadLocal.withInitial(() -> false);

    private final ComputeLimits limits;
    private final ExecutorService threads;
    /** One permit per thread and per place in the queue; taken when a run is accepted, given back when it ends. */
    private final Semaphore places;
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong timedOut = new AtomicLong();

    public Compute(ComputeLimits limits) {
        this.limits = limits;
        this.places = new Semaphore(limits.threads() + limits.queue());
        AtomicInteger number = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "compute-" + number.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.threads = Executors.newFixedThreadPool(limits.threads(), factory);
    }

    public ComputeLimits limits() {
        return limits;
    }

    /**
     * Does {@code work} on one of the executor's threads and returns its result; its exceptions reach the caller
     * unchanged (checked ones wrapped in an {@link IllegalStateException}).
     *
     * @throws BusyException when every thread and place in the queue is taken, or the time limit passed
     */
    public <T> T run(Callable<T> work) {
        if (INSIDE.get()) {
            return callHere(work);
        }
        if (!places.tryAcquire()) {
            refused.incrementAndGet();
            throw busy();
        }
        Job<T> job = new Job<>(work);
        try {
            threads.execute(job);
        } catch (RuntimeException e) {
            places.release();
            refused.incrementAndGet();
            throw busy();
        }
        try {
            return job.result.get(limits.timeLimit().toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            job.cancel();
            timedOut.incrementAndGet();
            throw busy();
        } catch (InterruptedException e) {
            job.cancel();
            Thread.currentThread().interrupt();
            throw busy();
        } catch (ExecutionException e) {
            throw unchecked(e.getCause());
        }
    }

    /** Whether a run asked for now would find a thread or a place in the queue. */
    public boolean hasRoom() {
        return places.availablePermits() > 0;
    }

    /** How many runs were refused because everything was taken. */
    public long refused() {
        return refused.get();
    }

    /** How many runs passed their time limit. */
    public long timedOut() {
        return timedOut.get();
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }

    private BusyException busy() {
        return new BusyException(limits.retryAfterSeconds());
    }

    private static <T> T callHere(Callable<T> work) {
        try {
            return work.call();
        } catch (Exception e) {
            throw unchecked(e);
        }
    }

    private static RuntimeException unchecked(Throwable cause) {
        if (cause instanceof RuntimeException r) {
            return r;
        }
        if (cause instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(cause);
    }

    /** One accepted run: gives its place back when it ends, whether it returned, failed or was cancelled. */
    private final class Job<T> implements Runnable {

        private final Callable<T> work;
        private final CompletableFuture<T> result = new CompletableFuture<>();
        private Thread runner;
        private boolean cancelled;

        Job(Callable<T> work) {
            this.work = work;
        }

        @Override
        public void run() {
            try {
                synchronized (this) {
                    if (cancelled) {
                        return;
                    }
                    runner = Thread.currentThread();
                }
                INSIDE.set(true);
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            } finally {
                INSIDE.set(false);
                synchronized (this) {
                    runner = null;
                    Thread.interrupted(); // a cancel's interrupt must not reach the thread's next run
                }
                places.release();
            }
        }

        /** Stops waiting for the run: it does not start if it has not, and is interrupted if it has. */
        synchronized void cancel() {
            cancelled = true;
            result.cancel(false);
            if (runner != null) {
                runner.interrupt();
            }
        }
    }
}
