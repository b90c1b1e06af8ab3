package org.drillsim.bench.kernel;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import umontreal.ssj.simevents.eventlist.BinaryTree;
import umontreal.ssj.simevents.eventlist.SplayTree;

/**
 * {@code drillsim bench kernel}: the classic hold model (N pending events; each step removes the
 * earliest and schedules one at now + Exp(1)) on our kernel and on SSJ 3.3.2 (its default
 * {@code SplayTree} and its {@code BinaryTree}), in the same JVM, with the same increments, warm-up
 * and number of steps. Each implementation is measured {@code rounds} times, interleaved, and its
 * best round counts. Prints events per second, ratios, bytes allocated per event, and finally
 * {@code RESULT kernel_vs_ssj_min_ratio=<ours / SSJ's best, min over N>}.
 */
@Command(name = "kernel", mixinStandardHelpOptions = true,
        description = "Hold-model benchmark of the event kernel vs SSJ 3.3.2 (SplayTree, BinaryTree)")
public final class KernelBench implements Callable<Integer> {
    @Option(names = "--sizes", split = ",", description = "pending-event counts N (default ${DEFAULT-VALUE})",
            defaultValue = "1000,10000,100000,1000000")
    int[] sizes;

    @Option(names = "--steps", description = "measured hold steps per run (default ${DEFAULT-VALUE})", defaultValue = "2000000")
    long steps;

    @Option(names = "--warmup", description = "warm-up steps per run, at least N (default ${DEFAULT-VALUE})", defaultValue = "1000000")
    long warmup;

    @Option(names = "--rounds", description = "measurements per implementation and N; the best counts (default ${DEFAULT-VALUE})", defaultValue = "2")
    int rounds;

    @Option(names = "--seed", description = "seed of the Exp(1) increments (default ${DEFAULT-VALUE})", defaultValue = "12345")
    long seed;

    private record Measure(double eventsPerSecond, double wallEventsPerSecond, double bytesPerEvent) {
    }

    @Override
    public Integer call() {
        if (steps < 1 || warmup < 0 || rounds < 1 || sizes.length == 0) {
            System.err.println("bench kernel: need --steps >= 1, --warmup >= 0, --rounds >= 1 and at least one size");
            return 2;
        }
        HoldModel model = new HoldModel(seed);
        List<HoldRunner> runners = List.of(
                new OurHold(model),
                new SsjHold(model, "SSJ SplayTree", SplayTree::new),
                new SsjHold(model, "SSJ BinaryTree", BinaryTree::new));
        System.out.printf("Hold model: each step removes the earliest event and schedules one at now + Exp(1).%n");
        System.out.printf("steps %,d per run after %,d warm-up steps (at least N); best of %d interleaved rounds; rates per CPU second of the benchmark thread; JVM %s; %d cores%n",
                steps, warmup, rounds, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        System.out.printf("SSJ default event list: %s%n%n", SsjHold.defaultListName());
        System.out.printf("%-10s %16s %16s %16s %8s %12s %12s%n", "N", "DrillSim ev/s", "SSJ Splay ev/s", "SSJ Binary ev/s",
                "ratio", "ours B/ev", "SSJ B/ev");
        jitWarmup(runners);
        double minRatio = Double.POSITIVE_INFINITY;
        double minWallRatio = Double.POSITIVE_INFINITY;
        double maxOurBytes = 0;
        for (int n : sizes) {
            Measure[] best = new Measure[runners.size()];
            for (int round = 0; round < rounds; round++) {
                for (int i = 0; i < runners.size(); i++) {
                    Measure m = measure(runners.get(i), n);
                    if (best[i] == null || m.eventsPerSecond() > best[i].eventsPerSecond()) {
                        best[i] = m;
                    }
                }
            }
            double ssjBest = Math.max(best[1].eventsPerSecond(), best[2].eventsPerSecond());
            double ratio = best[0].eventsPerSecond() / ssjBest;
            minRatio = Math.min(minRatio, ratio);
            minWallRatio = Math.min(minWallRatio, best[0].wallEventsPerSecond()
                    / Math.max(best[1].wallEventsPerSecond(), best[2].wallEventsPerSecond()));
            maxOurBytes = Math.max(maxOurBytes, best[0].bytesPerEvent());
            System.out.printf("%-10s %16s %16s %16s %8.2f %12.2f %12.2f%n", String.format("%,d", n),
                    String.format("%,.0f", best[0].eventsPerSecond()), String.format("%,.0f", best[1].eventsPerSecond()),
                    String.format("%,.0f", best[2].eventsPerSecond()), ratio, best[0].bytesPerEvent(),
                    Math.min(best[1].bytesPerEvent(), best[2].bytesPerEvent()));
        }
        System.out.printf("%nratio = DrillSim / best SSJ list at that N; B/ev = bytes allocated per hold step in the measured loop%n");
        System.out.printf("wall-clock rates of the same runs give a min ratio of %.2f (noisier when the machine is shared)%n", minWallRatio);
        System.out.printf("RESULT kernel_alloc_bytes_per_event=%.2f%n", maxOurBytes);
        System.out.printf("RESULT kernel_vs_ssj_min_ratio=%.2f%n", minRatio);
        return 0;
    }

    /**
     * Many short runs of every implementation before measuring, so each event loop is JIT-compiled as
     * a normal method (not only on-stack-replaced inside its first long loop).
     */
    private static void jitWarmup(List<HoldRunner> runners) {
        for (HoldRunner r : runners) {
            for (int i = 0; i < 30; i++) {
                r.setUp(1_000);
                r.run(50_000);
                r.tearDown();
            }
        }
    }

    private Measure measure(HoldRunner runner, int n) {
        runner.setUp(n);
        long warm = Math.max(warmup, n);
        runner.run(warm);
        System.gc();
        long bytesBefore = allocatedBytes();
        long w0 = System.nanoTime();
        long t0 = cpuNanos();
        runner.run(steps);
        long t1 = cpuNanos();
        long w1 = System.nanoTime();
        long bytes = allocatedBytes() - bytesBefore;
        runner.tearDown();
        return new Measure(steps / ((t1 - t0) / 1e9), steps / ((w1 - w0) / 1e9), Math.max(0, bytes) / (double) steps);
    }

    /**
     * CPU time of this thread: on a shared machine it excludes the time the thread was descheduled,
     * which wall-clock time would charge to whichever implementation happened to run then.
     */
    private static long cpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static long allocatedBytes() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }
}
