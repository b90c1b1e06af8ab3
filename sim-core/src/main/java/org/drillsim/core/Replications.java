package org.drillsim.core;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * Runs independent replications in parallel. Each replication must build its own simulation from its
 * index alone (typically {@code new Simulation(streams.forReplication(rep))}) and share no mutable
 * state; then the results are identical for any thread count.
 */
public final class Replications {
    private Replications() {
    }

    /**
     * Runs {@code oneReplication.apply(rep)} for rep = 0 … n-1 on {@code threads} threads
     * ({@code threads <= 0}: one per available core).
     *
     * @return the results in replication order
     * @throws IllegalStateException naming the replication index if one fails
     */
    public static <R> List<R> run(int n, int threads, IntFunction<R> oneReplication) {
        if (n < 0) {
            throw new IllegalArgumentException("number of replications must be >= 0, got " + n);
        }
        int t = threads <= 0 ? Runtime.getRuntime().availableProcessors() : threads;
        t = Math.max(1, Math.min(t, n));
        List<R> results = new ArrayList<>(n);
        if (t == 1) {
            for (int rep = 0; rep < n; rep++) {
                results.add(runOne(rep, oneReplication));
            }
            return results;
        }
        ExecutorService pool = Executors.newFixedThreadPool(t, r -> {
            Thread th = new Thread(r, "replication");
            th.setDaemon(true);
            return th;
        });
        try {
            List<Future<R>> futures = new ArrayList<>(n);
            for (int rep = 0; rep < n; rep++) {
                int r = rep;
                futures.add(pool.submit(() -> runOne(r, oneReplication)));
            }
            for (Future<R> f : futures) {
                results.add(f.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running replications", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(cause.getMessage(), cause);
        } finally {
            pool.shutdownNow();
        }
    }

    private static <R> R runOne(int rep, IntFunction<R> oneReplication) {
        try {
            return oneReplication.apply(rep);
        } catch (RuntimeException e) {
            throw new IllegalStateException("replication " + rep + " failed: " + e.getMessage(), e);
        }
    }
}
