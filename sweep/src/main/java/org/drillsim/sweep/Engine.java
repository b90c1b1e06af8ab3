package org.drillsim.sweep;

import java.util.List;
import java.util.function.Consumer;

/** Where a sweep's replications run: threads in this JVM, or Spark. */
public interface Engine extends AutoCloseable {
    /**
     * Runs the jobs; {@code sink} receives each replication's values as it finishes (called from one thread at a
     * time, in any order).
     */
    void run(SweepWork work, List<SweepWork.Job> jobs, Consumer<RepValues> sink);

    /** How the engine describes itself in the output (e.g. {@code spark local[2]}, {@code threads 2}). */
    String describe();

    /** Parallel slots (for the batch size of sequential stopping). */
    int parallelism();

    @Override
    default void close() {
    }
}
