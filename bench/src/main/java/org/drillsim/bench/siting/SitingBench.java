package org.drillsim.bench.siting;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.drillsim.analysis.siting.OrLibraryPMedian;
import org.drillsim.analysis.siting.SitingResult;
import org.drillsim.analysis.siting.SitingSettings;
import org.drillsim.analysis.siting.SitingSolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code drillsim bench siting}: the p-median solver on the 40 OR-Library instances against their
 * proven optima, side by side with greedy + Teitz–Bart interchange in the same run. Prints a
 * Markdown table, the speed and quality ratios, and last {@code RESULT pmed_max_gap_percent=x}.
 */
@Command(name = "siting", mixinStandardHelpOptions = true,
        description = {"选址算法基准：OR-Library p-median 40 个算例，与已证最优值及贪心+Teitz–Bart 交换法对比",
                "Siting benchmark: the 40 OR-Library p-median instances vs proven optima and greedy + Teitz–Bart"})
public final class SitingBench implements Callable<Integer> {
    @Option(names = "--pmed", paramLabel = "DIR",
            description = "directory of pmed1.txt … pmed40.txt and pmedopt.txt (default: $DRILLSIM_PMED, ../shared/validation/pmed)")
    Path directory;

    @Option(names = "--only", split = ",", paramLabel = "NAME", description = "run only these instances, e.g. pmed1,pmed40")
    List<String> only;

    @Option(names = "--seed", defaultValue = "1", description = "search seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--reference", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "also run greedy + Teitz–Bart; --no-reference skips it (default: on)")
    boolean reference;

    @Override
    public Integer call() {
        try {
            return run();
        } catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            System.err.println("drillsim bench siting: " + e.getMessage());
            return 2;
        }
    }

    private int run() {
        Path dir = directory != null ? directory : OrLibraryPMedian.locateDirectory();
        Map<String, Double> optima = OrLibraryPMedian.readOptima(dir.resolve("pmedopt.txt"));
        List<String> names = only != null ? only : new ArrayList<>(optima.keySet());
        for (String name : names) {
            if (!optima.containsKey(name) || !Files.isRegularFile(dir.resolve(name + ".txt"))) {
                throw new IllegalArgumentException("unknown instance " + name + " (no " + dir.resolve(name + ".txt")
                        + " or no optimum in pmedopt.txt)");
            }
        }
        SitingSolver solver = new SitingSolver(SitingSettings.DEFAULT.withSeed(seed));
        PrintTable table = new PrintTable(reference);
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        for (String name : names) {
            double optimum = optima.get(name);
            Path file = dir.resolve(name + ".txt");
            long t0 = System.nanoTime();
            OrLibraryPMedian.Instance instance = OrLibraryPMedian.read(file);
            double loadSeconds = (System.nanoTime() - t0) / 1e9;
            long c0 = cpu.getCurrentThreadCpuTime();
            SitingResult ours = solver.pMedian(instance.problem());
            table.oursCpu += (cpu.getCurrentThreadCpuTime() - c0) / 1e9;
            TeitzBartReference.Solution tb = null;
            double tbSeconds = Double.NaN;
            if (reference) {
                long t1 = System.nanoTime();
                long c1 = cpu.getCurrentThreadCpuTime();
                tb = new TeitzBartReference(instance.problem()).solve();
                tbSeconds = (System.nanoTime() - t1) / 1e9;
                table.tbCpu += (cpu.getCurrentThreadCpuTime() - c1) / 1e9;
            }
            table.row(instance, optimum, loadSeconds, ours, tb, tbSeconds);
        }
        table.summary();
        return 0;
    }

    /** Accumulates and prints the table and its summary. */
    private static final class PrintTable {
        private final boolean reference;
        private double maxGap;
        private double maxSeconds;
        private double maxBoundGap;
        private double sumGap;
        private double sumSeconds;
        private double tbMaxGap;
        private double tbSumGap;
        private double tbSumSeconds;
        private int rows;
        private int optimal;
        private int proven;
        private int tbOptimal;
        double oursCpu;
        double tbCpu;

        PrintTable(boolean reference) {
            this.reference = reference;
            System.out.println("| instance | n | p | optimum | ours | gap % | bound | bound gap % | load s | solve s |"
                    + (reference ? " greedy+TB | TB gap % | TB s | TB s / ours s |" : ""));
            System.out.println("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|" + (reference ? "--:|--:|--:|--:|" : ""));
        }

        void row(OrLibraryPMedian.Instance instance, double optimum, double loadSeconds, SitingResult ours,
                 TeitzBartReference.Solution tb, double tbSeconds) {
            double seconds = ours.elapsed().toNanos() / 1e9;
            double gap = 100 * (ours.value() - optimum) / optimum;
            double boundGap = 100 * (optimum - ours.bound()) / optimum;
            rows++;
            maxGap = Math.max(maxGap, gap);
            sumGap += gap;
            maxBoundGap = Math.max(maxBoundGap, boundGap);
            maxSeconds = Math.max(maxSeconds, seconds);
            sumSeconds += seconds;
            if (ours.value() == optimum) optimal++;
            if (ours.provenOptimal()) proven++;
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                    "| %s | %d | %d | %.0f | %.0f | %.3f | %.0f | %.3f | %.2f | %.2f |", instance.name(), instance.vertices(),
                    instance.problem().newSites(), optimum, ours.value(), gap, ours.bound(), boundGap, loadSeconds, seconds));
            if (tb != null) {
                double tbGap = 100 * (tb.value() - optimum) / optimum;
                tbMaxGap = Math.max(tbMaxGap, tbGap);
                tbSumGap += tbGap;
                tbSumSeconds += tbSeconds;
                if (tb.value() == optimum) tbOptimal++;
                line.append(String.format(Locale.ROOT, " %.0f | %.3f | %.2f | %.2f |", tb.value(), tbGap, tbSeconds, tbSeconds / seconds));
            }
            System.out.println(line);
            System.out.flush();
        }

        void summary() {
            System.out.println();
            System.out.printf(Locale.ROOT, "ours: optimum reached on %d/%d, proven optimal (bound = value) on %d, mean gap %.3f %%,"
                    + " max gap %.3f %%, max bound gap %.3f %%, total %.1f s (%.1f s CPU), max %.2f s per instance%n",
                    optimal, rows, proven, sumGap / rows, maxGap, maxBoundGap, sumSeconds, oursCpu, maxSeconds);
            if (reference) {
                System.out.printf(Locale.ROOT, "greedy + Teitz–Bart: optimum reached on %d/%d, mean gap %.3f %%, max gap %.3f %%,"
                        + " total %.1f s (%.1f s CPU)%n", tbOptimal, rows, tbSumGap / rows, tbMaxGap, tbSumSeconds, tbCpu);
                System.out.printf(Locale.ROOT, "ratios (reference / ours): time %.2f (CPU %.2f), mean gap %s%n",
                        tbSumSeconds / sumSeconds, tbCpu / oursCpu,
                        sumGap == 0 ? "∞ (ours 0)" : String.format(Locale.ROOT, "%.1f", tbSumGap / sumGap));
                System.out.printf(Locale.ROOT, "RESULT pmed_reference_max_gap_percent=%.3f%n", tbMaxGap);
            }
            System.out.printf(Locale.ROOT, "RESULT pmed_max_bound_gap_percent=%.3f%n", maxBoundGap);
            System.out.printf(Locale.ROOT, "RESULT pmed_max_solve_seconds=%.2f%n", maxSeconds);
            System.out.printf(Locale.ROOT, "RESULT pmed_max_gap_percent=%.3f%n", maxGap);
        }
    }
}
