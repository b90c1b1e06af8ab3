package org.drillsim.bench.kernel;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import umontreal.ssj.simevents.eventlist.BinaryTree;
import umontreal.ssj.simevents.eventlist.DoublyLinked;
import umontreal.ssj.simevents.eventlist.Henriksen;
import umontreal.ssj.simevents.eventlist.RedblackTree;
import umontreal.ssj.simevents.eventlist.SplayTree;

/**
 * {@code drillsim bench kernel}: the classic hold model (N pending events; each step removes the
 * earliest and schedules one at now + Exp(1)) on our kernel and on SSJ 3.3.2 (its default
 * {@code SplayTree} and every other list it ships: {@code BinaryTree}, {@code Henriksen}, {@code RedblackTree},
 * {@code DoublyLinked}; the linked list, O(N) per insertion, only up to N = {@value #LINKED_MAX_N}), in the same JVM, with the same increments, warm-up
 * and number of steps. Each implementation is measured {@code rounds} times, interleaved, and its
 * best round counts. Prints events per second, ratios, bytes allocated per event, and finally
 * {@code RESULT kernel_vs_ssj_min_ratio=<ours / SSJ's best, min over N>}.
 */
@Command(name = "kernel", mixinStandardHelpOptions = true,
        description = "Hold-model benchmark of the event kernel vs SSJ 3.3.2 (every SSJ event list)")
public final class KernelBench implements Callable<Integer> {
    /** Largest N the O(N)-insertion DoublyLinked list is run at (beyond, a run takes hours and is never SSJ's best). */
    static final int LINKED_MAX_N = 1_000;

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
                new SsjHold(model, "SplayTree", SplayTree::new),
                new SsjHold(model, "BinaryTree", BinaryTree::new),
                new SsjHold(model, "Henriksen", Henriksen::new),
                new SsjHold(model, "RedblackTree", RedblackTree::new),
                new SsjHold(model, "DoublyLinked", DoublyLinked::new));
        System.out.printf("Hold model: each step removes the earliest event and schedules one at now + Exp(1).%n");
        System.out.printf("steps %,d per run after %,d warm-up steps (at least N); best of %d interleaved rounds; rates per CPU second of the benchmark thread; JVM %s; %d cores%n",
                steps, warmup, rounds, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        System.out.printf("SSJ default event list: %s; DoublyLinked only up to N = %,d%n%n", SsjHold.defaultListName(), LINKED_MAX_N);
        StringBuilder head = new StringBuilder(String.format("%-10s %14s", "N", "DrillSim ev/s"));
        for (int i = 1; i < runners.size(); i++) head.append(String.format(" %14s", runners.get(i).name()));
        head.append(String.format(" %-13s %8s %10s %10s", "SSJ best", "ratio", "ours B/ev", "SSJ B/ev"));
        System.out.println(head);
        jitWarmup(runners);
        double minRatio = Double.POSITIVE_INFINITY;
        double minWallRatio = Double.POSITIVE_INFINITY;
        double maxOurBytes = 0;
        for (int n : sizes) {
            Measure[] best = new Measure[runners.size()];
            for (int round = 0; round < rounds; round++) {
                for (int i = 0; i < runners.size(); i++) {
                    if (runners.get(i).name().equals("DoublyLinked") && n > LINKED_MAX_N) continue;
                    Measure m = measure(runners.get(i), n);
                    if (best[i] == null || m.eventsPerSecond() > best[i].eventsPerSecond()) {
                        best[i] = m;
                    }
                }
            }
            int bestSsj = -1;
            double bestSsjWall = 0;
            for (int i = 1; i < best.length; i++) {
                if (best[i] == null) continue;
                if (bestSsj < 0 || best[i].eventsPerSecond() > best[bestSsj].eventsPerSecond()) bestSsj = i;
                bestSsjWall = Math.max(bestSsjWall, best[i].wallEventsPerSecond());
            }
            double ratio = best[0].eventsPerSecond() / best[bestSsj].eventsPerSecond();
            minRatio = Math.min(minRatio, ratio);
            minWallRatio = Math.min(minWallRatio, best[0].wallEventsPerSecond() / bestSsjWall);
            maxOurBytes = Math.max(maxOurBytes, best[0].bytesPerEvent());
            StringBuilder row = new StringBuilder(String.format("%-10s %14s", String.format("%,d", n), String.format("%,.0f", best[0].eventsPerSecond())));
            for (int i = 1; i < best.length; i++) row.append(String.format(" %14s", best[i] == null ? "-" : String.format("%,.0f", best[i].eventsPerSecond())));
            row.append(String.format(" %-13s %8.2f %10.2f %10.2f", runners.get(bestSsj).name(), ratio, best[0].bytesPerEvent(), best[bestSsj].bytesPerEvent()));
            System.out.println(row);
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
