package org.drillsim.bench.routing;

import com.graphhopper.routing.ev.RoadEnvironment;
import org.drillsim.routing.MapLocator;
import org.drillsim.routing.NetworkState;
import org.drillsim.routing.OsmImporter;
import org.drillsim.routing.RoadNetwork;
import org.drillsim.routing.Router;
import org.drillsim.routing.Snapper;
import org.drillsim.routing.SyntheticCity;
import org.drillsim.geodata.OsmLayerCache;
import org.drillsim.geodata.OsmLayers;
import org.drillsim.geodata.OsmPoi;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.function.IntConsumer;

/**
 * {@code drillsim bench routing}: travel-time searches on the Harbin car network, side by side in one
 * JVM on one thread — our {@link Router} vs JGraphT's {@code DijkstraShortestPath} vs GraphHopper's own
 * {@code Dijkstra} (flexible mode, no CH): one-to-all (median ms), a hospitals × all-nodes matrix (the
 * extract's OSM hospitals, snapped to the network, one source per distinct node), and the same matrix
 * after closing 500 roads. Then the scaling curve on synthetic cities (10^3 … 10^6 nodes).
 * Last lines: {@code RESULT routing_vs_jgrapht_best} (vs IntVertexDijkstraShortestPath), {@code RESULT routing_vs_graphhopper_one_to_many}
 * (vs DijkstraOneToMany) and {@code RESULT routing_pair_vs_graphhopper_bidir} (random pairs vs its bidirectional searches),
 * each the smallest speed-up (reference time / our time) over the three Harbin workloads.
 */
@Command(name = "routing", mixinStandardHelpOptions = true,
        description = "Routing benchmark: DrillSim Router vs JGraphT Dijkstra vs GraphHopper Dijkstra (Harbin + synthetic scaling)")
public final class RoutingBench implements Callable<Integer> {
    @Option(names = "--map", description = "OSM extract (default: harbin from the map search path)")
    Path map;

    @Option(names = "--queries", description = "one-to-all queries per router (default ${DEFAULT-VALUE})", defaultValue = "100")
    int queries;

    @Option(names = "--closures", description = "roads closed for the second matrix (default ${DEFAULT-VALUE})", defaultValue = "500")
    int closures;

    @Option(names = "--rounds", description = "matrix repetitions; the median counts (default ${DEFAULT-VALUE})", defaultValue = "5")
    int rounds;

    @Option(names = "--sizes", split = ",", description = "synthetic city sizes (default ${DEFAULT-VALUE})", defaultValue = "1000,10000,100000,1000000")
    int[] sizes;

    @Option(names = "--seed", description = "seed for one-to-all sources and closures (default ${DEFAULT-VALUE})", defaultValue = "2024")
    long seed;

    @Override
    public Integer call() {
        if (queries < 1 || closures < 0 || rounds < 1) {
            System.err.println("bench routing: need --queries >= 1, --closures >= 0, --rounds >= 1");
            return 2;
        }
        Path pbf = MapLocator.locate("harbin", map);
        long t0 = System.nanoTime();
        try (OsmImporter.Imported imp = OsmImporter.importWithGraphHopper(pbf)) {
            double importMs = (System.nanoTime() - t0) / 1e6;
            RoadNetwork net = imp.network();
            System.out.printf("Map %s: %,d nodes, %,d directed edges (largest strongly connected component of GraphHopper's car graph, %,d GraphHopper nodes); import %.0f ms%n",
                    pbf.getFileName(), net.nodeCount(), net.edgeCount(), imp.graphHopper().getBaseGraph().getNodes(), importMs);
            int[] hospitalNodes = hospitalNodes(pbf, net);
            System.out.printf("times are CPU time of the benchmark thread (the machine is shared); 1 thread; JVM %s; %d cores; %d one-to-all queries per router; %d sources × %,d nodes matrix, median of %d rounds; %d random roads closed%n%n",
                    System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), queries, hospitalNodes.length, net.nodeCount(), rounds, closures);
            double[][] harbin = harbin(imp, hospitalNodes);
            System.out.println();
            scaling();
            double vsJ = Double.POSITIVE_INFINITY;
            double vsG = Double.POSITIVE_INFINITY;
            for (double[] row : harbin) {
                vsJ = Math.min(vsJ, row[1] / row[0]);
                vsG = Math.min(vsG, row[2] / row[0]);
            }
            System.out.println();
            System.out.printf("RESULT routing_vs_jgrapht_best=%.2f%n", vsJ);
            System.out.printf("RESULT routing_vs_graphhopper_one_to_many=%.2f%n", vsG);
            System.out.printf("RESULT routing_pair_vs_graphhopper_bidir=%.2f%n", pairRatio);
            return 0;
        }
    }

    /**
     * The extract's OSM hospitals snapped to their nearest routing nodes, each node once, in the hospitals'
     * order. Only the nodes are kept, so the OSM layers (buildings and all) are garbage before the timings.
     */
    private static int[] hospitalNodes(Path pbf, RoadNetwork net) {
        OsmLayers layers = OsmLayerCache.load(pbf);
        List<OsmPoi> hospitals = layers.hospitals();
        if (hospitals.isEmpty()) {
            throw new IllegalArgumentException("bench routing: " + pbf + " has no hospitals to use as matrix sources");
        }
        Snapper snapper = new Snapper(net);
        int[] nodes = hospitals.stream()
                .mapToInt(h -> snapper.snap(h.name().isEmpty() ? "hospital OSM " + h.osmId() : h.name(), h.lat(), h.lon()).node())
                .distinct().toArray();
        System.out.printf("matrix sources: %d OSM hospitals of %s snapped to %d distinct nodes (%s)%n",
                hospitals.size(), layers.source(), nodes.length, OsmLayers.ATTRIBUTION);
        return nodes;
    }

    /**
     * Rows: one-to-all median, matrix, matrix with closures; columns: ours, JGraphT, GraphHopper (ms).
     * {@code matrixSources} are the hospitals' nodes.
     */
    private double[][] harbin(OsmImporter.Imported imp, int[] matrixSources) {
        RoadNetwork net = imp.network();
        int sources = matrixSources.length;
        SplittableRandom rnd = new SplittableRandom(seed);
        int[] oneToAllSources = rnd.ints(queries, 0, net.nodeCount()).toArray();
        NetworkState state = new NetworkState(net);
        // Same network for GraphHopper: DrillSim leaves ferries out (a car ferry is no road in an emergency),
        // so GraphHopper's searches block them too.
        boolean[] ferries = ferryEdges(imp);
        boolean[] closedGh = ferries.clone();
        for (int k = 0; k < closures; k++) {
            int e = rnd.nextInt(net.edgeCount());
            state.closeRoad(e, 0, NetworkState.FOREVER);
            closedGh[net.roadId(e)] = true;
        }
        int[] ghNodes = imp.sourceNodeOf();
        Router router = new Router(net);
        JGraphTOneToAll jgraphtFree = new JGraphTOneToAll(net, null);
        JGraphTOneToAll jgraphtClosed = new JGraphTOneToAll(net, state);
        GraphHopperOneToAll ghFree = new GraphHopperOneToAll(imp.graphHopper().getBaseGraph(),
                new GraphHopperOneToAll.ClosedEdgesWeighting(imp.weighting(), ferries));
        GraphHopperOneToAll ghClosed = new GraphHopperOneToAll(imp.graphHopper().getBaseGraph(),
                new GraphHopperOneToAll.ClosedEdgesWeighting(imp.weighting(), closedGh));

        // ours as the simulation runs it: a flat per-edge cost array of the current road state
        int[] freeCosts = new int[net.edgeCount()];
        int[] closedCosts = new int[net.edgeCount()];
        for (int e = 0; e < freeCosts.length; e++) {
            freeCosts[e] = (int) net.freeFlowTimeMs(e);
            closedCosts[e] = (int) state.travelTimeMs(e, 0);
        }
        IntConsumer ours = s -> sink(router.oneToAll(s, freeCosts));
        IntConsumer oursClosed = s -> sink(router.oneToAll(s, closedCosts));
        IntConsumer jg = s -> sink(jgraphtFree.oneToAll(s));
        IntConsumer jgClosed = s -> sink(jgraphtClosed.oneToAll(s));
        IntConsumer gh = s -> sink(ghFree.weightsOneToMany(ghNodes[s], ghNodes));
        IntConsumer ghClosedQ = s -> sink(ghClosed.weightsOneToMany(ghNodes[s], ghNodes));

        // warm-up: let the JIT compile all three
        for (int i = 0; i < 3; i++) {
            for (int s : matrixSources) {
                ours.accept(s);
                oursClosed.accept(s);
            }
            for (int k = 0; k < 30; k++) {
                jg.accept(matrixSources[k % sources]);
                jgClosed.accept(matrixSources[k % sources]);
                gh.accept(matrixSources[k % sources]);
                ghClosedQ.accept(matrixSources[k % sources]);
            }
        }
        String agreement = checkAgreement(net, router, state, jgraphtFree, jgraphtClosed, ghFree, ghClosed, matrixSources, ghNodes);

        double[] one = {medianPerQuery(ours, oneToAllSources), medianPerQuery(jg, oneToAllSources), medianPerQuery(gh, oneToAllSources)};
        double[] matrix = {medianMatrix(ours, matrixSources), medianMatrix(jg, matrixSources), medianMatrix(gh, matrixSources)};
        double[] closed = {medianMatrix(oursClosed, matrixSources), medianMatrix(jgClosed, matrixSources), medianMatrix(ghClosedQ, matrixSources)};

        System.out.printf("%-36s %10s %10s %12s %11s %9s%n", "Harbin workload (ms)", "DrillSim", "JGraphT", "GraphHopper", "vs JGraphT", "vs GH");
        row("one-to-all, median per query", one);
        row(sources + " hospital nodes × all nodes matrix", matrix);
        row("same matrix, " + closures + " roads closed", closed);
        System.out.println(agreement);
        pairRatio = pairs(net, router, freeCosts, ghFree, ghNodes, rnd);
        System.out.printf("goals: one-to-all <= 3 ms: %s; matrix <= 100 ms: %s; >= 3x JGraphT: %s; >= 1.5x GraphHopper: %s%n",
                yes(one[0] <= 3), yes(matrix[0] <= 100 && closed[0] <= 100),
                yes(Math.min(one[1] / one[0], Math.min(matrix[1] / matrix[0], closed[1] / closed[0])) >= 3),
                yes(Math.min(one[2] / one[0], Math.min(matrix[2] / matrix[0], closed[2] / closed[0])) >= 1.5));
        return new double[][]{one, matrix, closed};
    }

    private double pairRatio;

    /**
     * Point-to-point: random pairs, our bidirectional Dijkstra on the flat cost array vs GraphHopper's
     * bidirectional Dijkstra and bidirectional A* (the faster of the two counts), both checked to agree.
     * @return GraphHopper's best CPU time / ours
     */
    private double pairs(RoadNetwork net, Router router, int[] costs, GraphHopperOneToAll gh, int[] ghNodes, SplittableRandom rnd) {
        int n = 400;
        int[] a = rnd.ints(n, 0, net.nodeCount()).toArray();
        int[] b = rnd.ints(n, 0, net.nodeCount()).toArray();
        int mismatch = 0;
        for (int i = 0; i < n; i++) {
            long o = router.pairTimeMs(a[i], b[i], costs);
            double g = gh.pairWeight(ghNodes[a[i]], ghNodes[b[i]], false);
            double g2 = gh.pairWeight(ghNodes[a[i]], ghNodes[b[i]], true);
            if ((o == Router.UNREACHABLE) != Double.isInfinite(g) || (o != Router.UNREACHABLE && Math.abs(g * 1000 - o) > Math.max(1000, 0.01 * o))
                    || Math.abs(g - g2) > 1e-6 * Math.max(1, g)) mismatch++;
        }
        double[] ms = new double[3];
        for (int round = 0; round < rounds; round++) {
            double[] r = new double[3];
            long t = cpuNanos();
            for (int i = 0; i < n; i++) blackhole += router.pairTimeMs(a[i], b[i], costs);
            r[0] = (cpuNanos() - t) / 1e6;
            t = cpuNanos();
            for (int i = 0; i < n; i++) blackhole += (long) gh.pairWeight(ghNodes[a[i]], ghNodes[b[i]], false);
            r[1] = (cpuNanos() - t) / 1e6;
            t = cpuNanos();
            for (int i = 0; i < n; i++) blackhole += (long) gh.pairWeight(ghNodes[a[i]], ghNodes[b[i]], true);
            r[2] = (cpuNanos() - t) / 1e6;
            for (int k = 0; k < 3; k++) ms[k] = round == 0 ? r[k] : Math.min(ms[k], r[k]);
        }
        System.out.printf("%d random pairs (ms, best of %d rounds): DrillSim bidirectional Dijkstra %.1f; GraphHopper DijkstraBidirectionRef %.1f, "
                + "AStarBidirection %.1f; pairs disagreeing (reachability, > max(1 s, 1 %%), or Dijkstra vs A*): %d%n", n, rounds, ms[0], ms[1], ms[2], mismatch);
        return Math.min(ms[1], ms[2]) / ms[0];
    }

    private static boolean[] ferryEdges(OsmImporter.Imported imp) {
        var env = imp.graphHopper().getEncodingManager().getEnumEncodedValue(RoadEnvironment.KEY, RoadEnvironment.class);
        boolean[] ferry = new boolean[imp.graphHopper().getBaseGraph().getEdges()];
        var it = imp.graphHopper().getBaseGraph().getAllEdges();
        while (it.next()) ferry[it.getEdge()] = it.get(env) == RoadEnvironment.FERRY;
        return ferry;
    }

    private static String checkAgreement(RoadNetwork net, Router router, NetworkState state, JGraphTOneToAll jFree, JGraphTOneToAll jClosed,
                                         GraphHopperOneToAll gFree, GraphHopperOneToAll gClosed, int[] srcs, int[] ghNodes) {
        long entries = 0;
        long jgMismatch = 0;
        long reachMismatch = 0;
        double maxRel = 0;
        double maxAbs = 0;
        for (int i = 0; i < Math.min(5, srcs.length); i++) {
            for (boolean closed : new boolean[]{false, true}) {
                long[] o = router.oneToAll(srcs[i], closed ? state : null, 0);
                long[] j = (closed ? jClosed : jFree).oneToAll(srcs[i]);
                double[] g = (closed ? gClosed : gFree).weightsFrom(ghNodes[srcs[i]], ghNodes);
                for (int v = 0; v < net.nodeCount(); v++) {
                    entries++;
                    if (o[v] != j[v]) jgMismatch++;
                    if ((o[v] == Router.UNREACHABLE) != Double.isInfinite(g[v])) {
                        reachMismatch++;
                    } else if (o[v] != Router.UNREACHABLE && o[v] > 0) {
                        // GraphHopper's weight with distance_influence 0 is the travel time in seconds (unrounded)
                        double diff = Math.abs(g[v] * 1000 - o[v]);
                        maxAbs = Math.max(maxAbs, diff);
                        maxRel = Math.max(maxRel, diff / o[v]);
                    }
                }
            }
        }
        return String.format("check on %,d entries (5 sources, free and closed): differ from JGraphT: %d; reachability differs from GraphHopper: %d; "
                + "max difference from GraphHopper %.1f ms / %.3f %% (we round each edge to whole ms)", entries, jgMismatch, reachMismatch, maxAbs, 100 * maxRel);
    }

    private void scaling() {
        System.out.printf("%-28s %10s %11s %10s %12s %14s %14s %14s%n", "Synthetic city (scaling)", "nodes", "edges", "build ms",
                "bytes/node", "one-to-all ms", "ns per node", "JGraphT ms");
        MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        for (int size : sizes) {
            long before = usedAfterGc(mem);
            long t0 = System.nanoTime();
            RoadNetwork city = SyntheticCity.generate(seed, size);
            double buildMs = (System.nanoTime() - t0) / 1e6;
            long used = usedAfterGc(mem) - before;
            Router router = new Router(city);
            SplittableRandom rnd = new SplittableRandom(seed + size);
            int q = size >= 1_000_000 ? 7 : size >= 100_000 ? 15 : 51;
            int[] srcs = rnd.ints(q, 0, city.nodeCount()).toArray();
            for (int i = 0; i < 3; i++) sink(router.oneToAll(srcs[i], null, 0));
            double ours = medianPerQuery(s -> sink(router.oneToAll(s, null, 0)), srcs);
            String jg = "-";
            if (size <= 100_000) {
                JGraphTOneToAll j = new JGraphTOneToAll(city, null);
                int[] few = Arrays.copyOf(srcs, Math.min(srcs.length, 11));
                for (int i = 0; i < 3; i++) sink(j.oneToAll(few[i]));
                jg = String.format("%.2f", medianPerQuery(s -> sink(j.oneToAll(s)), few));
            }
            System.out.printf("%-28s %,10d %,11d %10.0f %12.0f %14.2f %14.1f %14s%n", String.format("10^%d (seed %d)", (int) Math.round(Math.log10(size)), seed),
                    city.nodeCount(), city.edgeCount(), buildMs, used / (double) city.nodeCount(), ours, ours * 1e6 / city.nodeCount(), jg);
        }
        System.out.println("bytes/node: heap retained by the network after GC (nodes, CSR edges, reverse index, names, geometry).");
    }

    private static long usedAfterGc(MemoryMXBean mem) {
        for (int i = 0; i < 3; i++) System.gc();
        return mem.getHeapMemoryUsage().getUsed();
    }

    private static void row(String name, double[] ms) {
        System.out.printf("%-36s %10.2f %10.2f %12.2f %10.1fx %8.1fx%n", name, ms[0], ms[1], ms[2], ms[1] / ms[0], ms[2] / ms[0]);
    }

    private static String yes(boolean b) {
        return b ? "yes" : "NO";
    }

    /** CPU time of this thread in ns: other processes on a shared machine do not count against us. */
    private static long cpuNanos() {
        return THREADS.getCurrentThreadCpuTime();
    }

    private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private static double medianPerQuery(IntConsumer query, int[] srcs) {
        double[] ms = new double[srcs.length];
        for (int i = 0; i < srcs.length; i++) {
            long t = cpuNanos();
            query.accept(srcs[i]);
            ms[i] = (cpuNanos() - t) / 1e6;
        }
        return median(ms);
    }

    private double medianMatrix(IntConsumer query, int[] srcs) {
        double[] ms = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long t = cpuNanos();
            for (int s : srcs) query.accept(s);
            ms[r] = (cpuNanos() - t) / 1e6;
        }
        return median(ms);
    }

    private static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    /** Keeps results alive so the JIT cannot drop the work. */
    private static volatile long blackhole;

    private static void sink(long[] a) {
        blackhole += a[a.length - 1];
    }

    private static void sink(double[] a) {
        blackhole += (long) a[a.length - 1];
    }
}
