package org.drillsim.bench.scenario;

import org.drillsim.analysis.replication.ReplicationOutcome;
import org.drillsim.analysis.replication.ScenarioRunner;
import org.drillsim.routing.MapLocator;
import org.drillsim.format.library.ScenarioLibrary;
import org.drillsim.format.model.Scenario;
import org.drillsim.world.log.EventLog;
import org.drillsim.world.RouteCache;
import org.drillsim.world.ScenarioSite;
import org.drillsim.world.SiteCache;
import org.drillsim.world.SiteLoader;
import org.drillsim.world.World;
import org.drillsim.world.WorldOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code drillsim bench scenario}: the Harbin flood over 72 simulated hours. Measures the site load (map, OSM
 * layers, hazard timeline), one replication after the load (cold: first one; warm: mean of the next ones), 100
 * replications on 2 threads, peak heap and events per second; the reference, in the same run, is the same
 * replication with a private route cache (no tree sharing between replications), so the ratio shows what the
 * shared per-road-condition trees save. Last line {@code RESULT scenario_replications_per_minute=<x>}.
 */
@Command(name = "scenario", mixinStandardHelpOptions = true,
        description = "Harbin flood 72 h: time per replication, 100 replications on 2 cores, peak memory, events/s")
public final class ScenarioBench implements Callable<Integer> {
    @Option(names = "--scenario", defaultValue = "harbin-songhua-flood", description = "scenario (default ${DEFAULT-VALUE})")
    String scenario;

    @Option(names = "--map", description = "OSM extract (default: the scenario's, through the map search path)")
    Path map;

    @Option(names = "--replications", defaultValue = "100", description = "replications of the batch (default ${DEFAULT-VALUE})")
    int replications;

    @Option(names = "--threads", defaultValue = "2", description = "threads of the batch (default ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--warm", defaultValue = "5", description = "warm single replications timed (default ${DEFAULT-VALUE})")
    int warm;

    @Option(names = "--seed", defaultValue = "20240601", description = "master seed (default ${DEFAULT-VALUE})")
    long seed;

    @Override
    public Integer call() throws Exception {
        Scenario s = ScenarioLibrary.load(scenario);
        if (map == null && s.map().extract() != null && MapLocator.find(s.map().extract()).isEmpty()) {
            System.out.println("NOTE: " + s.map().extract() + " not found; benchmarking synthetic-small instead");
            s = ScenarioLibrary.load("synthetic-small");
        }
        HeapAfterGc heap = new HeapAfterGc();
        // the site cache in a fresh directory: the first load computes (and writes it), the second reads it
        java.nio.file.Path cacheDir = java.nio.file.Files.createTempDirectory("drillsim-bench-sites");
        SiteCache cache = new SiteCache(cacheDir);
        long t0 = System.nanoTime();
        SiteLoader.load(s, null, map, null, cache);
        double loadS = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        ScenarioSite site = SiteLoader.load(s, null, map, null, cache);
        double cachedS = (System.nanoTime() - t1) / 1e9;
        System.out.printf("scenario %s: %d nodes, %d edges, %d people in %d cells, %d hazard ticks, horizon %.0f h%n",
                s.id(), site.network().nodeCount(), site.network().edgeCount(), site.people(), site.cells().size(),
                site.timeline().ticks().size(), s.horizonHours());
        System.out.printf("site load (map + OSM layers + facilities + population + hazard timeline): %.2f s computed, "
                + "%.2f s from the site cache (same JVM) -> %.1fx%n", loadS, cachedS, loadS / cachedS);
        try (var files = java.nio.file.Files.list(cacheDir)) {
            for (java.nio.file.Path f : files.toList()) {
                java.nio.file.Files.delete(f);
            }
        }
        java.nio.file.Files.delete(cacheDir);

        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        // cold: the first replication fills the shared route cache
        long c0 = mx.getCurrentThreadCpuTime();
        long w0 = System.nanoTime();
        World first = World.create(site, seed, 1, WorldOptions.baseline(EventLog.discarding()));
        first.run();
        double coldS = (System.nanoTime() - w0) / 1e9;
        double coldCpu = (mx.getCurrentThreadCpuTime() - c0) / 1e9;
        long events = first.sim().executedEvents();
        System.out.printf("cold start: site load %.2f s (computed) + replication 1 (empty route cache) %.3f s wall, %.3f s CPU: "
                        + "%d kernel events, %d log lines, %d trees computed, %d pair/nearest searches%n",
                loadS, coldS, coldCpu, events, first.log().count(), first.travel().computedTrees(), first.travel().pairSearches());

        double warmSum = 0;
        double warmCpu = 0;
        long warmEvents = 0;
        long warmLines = 0;
        long warmTrees = 0;
        long warmPairs = 0;
        for (int r = 2; r < 2 + warm; r++) {
            long a = mx.getCurrentThreadCpuTime();
            long b = System.nanoTime();
            World w = World.create(site, seed, r, WorldOptions.baseline(EventLog.discarding()));
            w.run();
            warmSum += (System.nanoTime() - b) / 1e9;
            warmCpu += (mx.getCurrentThreadCpuTime() - a) / 1e9;
            warmEvents += w.sim().executedEvents();
            warmLines += w.log().count();
            warmTrees += w.travel().computedTrees();
            warmPairs += w.travel().pairSearches();
        }
        double warmMean = warmSum / warm;
        System.out.printf("one replication after the map load (warm, mean of %d): %.3f s wall, %.3f s CPU   (goal <= 2 s: %s); "
                        + "per replication %d kernel events, %d log lines, %d trees computed, %d pair/nearest searches%n",
                warm, warmMean, warmCpu / warm, warmMean <= 2 ? "met" : "NOT met", warmEvents / warm, warmLines / warm,
                warmTrees / warm, warmPairs / warm);

        // reference: the same replications with a private route cache each
        double refSum = 0;
        for (int r = 2; r < 2 + warm; r++) {
            long b = System.nanoTime();
            World w = World.create(site, seed, r, WorldOptions.baseline(EventLog.discarding())
                    .withRoutes(new RouteCache(4000)));
            w.run();
            refSum += (System.nanoTime() - b) / 1e9;
        }
        double refMean = refSum / warm;
        System.out.printf("reference: same replications, private route cache (no sharing): %.3f s   -> shared cache %.1fx faster%n",
                refMean, refMean / warmMean);

        long b0 = System.nanoTime();
        List<ReplicationOutcome> out = ScenarioRunner.run(new ScenarioRunner.Plan(site, seed, replications, threads, null, null));
        double batchS = (System.nanoTime() - b0) / 1e9;
        long batchEvents = 0;
        long batchLines = 0;
        double batchCpu = 0;
        for (ReplicationOutcome o : out) {
            batchEvents += o.events();
            batchLines += o.logLines();
            batchCpu += o.cpuNanos() / 1e9;
        }
        System.out.printf("%d replications on %d threads: %.1f s wall, %.1f s CPU   (goal <= 60 s: %s)%n", replications,
                threads, batchS, batchCpu, batchS <= 60 ? "met" : "NOT met");
        System.out.printf("kernel events: %.0f per CPU second, %.0f per wall second; log lines apart: %.0f per CPU second%n",
                batchEvents / batchCpu, batchEvents / batchS, batchLines / batchCpu);
        double cpuPerMinute = replications / batchCpu * 60 * Math.min(threads, Runtime.getRuntime().availableProcessors());
        System.out.printf("replications a minute from CPU time (%d cores fully ours, as on a quiet machine): %.1f%n",
                Math.min(threads, Runtime.getRuntime().availableProcessors()), cpuPerMinute);
        double peakMb = heap.peakMb();
        heap.close();
        System.out.printf("peak used heap after GC: %.0f MB over %d collections   (goal <= 2048 MB: %s)%n", peakMb,
                heap.collections(), peakMb <= 2048 ? "met" : "NOT met");
        System.out.printf("RESULT scenario_peak_heap_after_gc_mb=%.0f%n", peakMb);
        double perMinute = replications / batchS * 60;
        System.out.printf("RESULT scenario_replications_per_minute=%.1f%n", perMinute);
        return 0;
    }

    /**
     * Peak of the used heap right after a collection (the live set plus what the collector left), summed over
     * the heap pools at the same collection. The pools' own peaks are reached at different moments, so summing
     * them (as this benchmark once did) overstates the need.
     */
    private static final class HeapAfterGc implements javax.management.NotificationListener, AutoCloseable {
        private final List<java.lang.management.GarbageCollectorMXBean> beans = ManagementFactory.getGarbageCollectorMXBeans();
        private long peak;
        private int collections;

        HeapAfterGc() {
            for (var b : beans) {
                ((javax.management.NotificationEmitter) b).addNotificationListener(this, null, null);
            }
        }

        @Override
        public synchronized void handleNotification(javax.management.Notification n, Object handback) {
            if (!n.getType().equals(com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                return;
            }
            var info = com.sun.management.GarbageCollectionNotificationInfo.from((javax.management.openmbean.CompositeData) n.getUserData());
            long used = 0;
            for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
                var after = info.getGcInfo().getMemoryUsageAfterGc().get(p.getName());
                if (p.getType() == MemoryType.HEAP && after != null) {
                    used += after.getUsed();
                }
            }
            peak = Math.max(peak, used);
            collections++;
        }

        synchronized double peakMb() {
            return peak / 1048576.0;
        }

        synchronized int collections() {
            return collections;
        }

        @Override
        public void close() throws javax.management.ListenerNotFoundException {
            for (var b : beans) {
                ((javax.management.NotificationEmitter) b).removeNotificationListener(this);
            }
        }
    }
}
