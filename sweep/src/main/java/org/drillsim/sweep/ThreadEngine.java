package org.drillsim.sweep;

import org.drillsim.core.Replications;

import java.util.List;
import java.util.function.Consumer;

/** The threaded runner ({@link Replications#run}, as {@code run} and {@code gap} use it) over the jobs of a sweep. */
public final class ThreadEngine implements Engine {
    private final int threads;

    /** @param threads threads, ≤ 0 for all cores */
    public ThreadEngine(int threads) {
        this.threads = threads <= 0 ? Runtime.getRuntime().availableProcessors() : threads;
    }

    @Override
    public void run(SweepWork work, List<SweepWork.Job> jobs, Consumer<RepValues> sink) {
        Replications.run(jobs.size(), threads, i -> {
            RepValues v = work.run(jobs.get(i));
            synchronized (sink) {
                sink.accept(v);
            }
            return null;
        });
    }

    @Override
    public String describe() {
        return "threads " + threads;
    }

    @Override
    public int parallelism() {
        return threads;
    }
}
