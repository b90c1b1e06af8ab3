package org.drillsim.routing;

import com.graphhopper.GraphHopper;
import com.graphhopper.config.Profile;
import com.graphhopper.json.Statement;
import com.graphhopper.routing.ev.EnumEncodedValue;
import com.graphhopper.routing.ev.RoadEnvironment;
import com.graphhopper.routing.util.AllEdgesIterator;
import com.graphhopper.routing.weighting.Weighting;
import com.graphhopper.storage.BaseGraph;
import com.graphhopper.storage.NodeAccess;
import com.graphhopper.util.CustomModel;
import com.graphhopper.util.FetchMode;
import com.graphhopper.util.PMap;
import com.graphhopper.util.PointList;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Imports an OpenStreetMap extract ({@code .osm.pbf}, {@code .osm}, {@code .osm.gz}) with GraphHopper 11
 * (car profile, no contraction hierarchies) and converts it into a {@link RoadNetwork}.
 *
 * <p>Free-flow times are GraphHopper's own car times ({@code car_average_speed}, which comes from the
 * road class and {@code maxspeed}); the custom model has {@code distance_influence = 0}, so GraphHopper's
 * weight is proportional to time and its routes are fastest routes, the same objective as {@link Router}.
 * Street names prefer {@code name:zh}, then {@code name}. Only the largest strongly connected component
 * is kept, so every node can reach every other one; nodes are numbered along a Hilbert curve. {@link RoadNetwork#roadId(int)} is GraphHopper's
 * edge id.
 */
public final class OsmImporter {
    /** Name of the GraphHopper profile used for the import. */
    public static final String PROFILE = "car";

    private OsmImporter() {
    }

    /**
     * The result of an import that keeps GraphHopper open (for comparisons in tests and benchmarks).
     * Close it to release GraphHopper's files.
     *
     * @param network      our compact network (largest strongly connected component)
     * @param graphHopper  the GraphHopper instance the network was read from
     * @param weighting    GraphHopper's weighting for {@link #PROFILE}
     * @param sourceNodeOf GraphHopper node id of each of our node ids
     * @param workDir      GraphHopper's temporary directory, deleted by {@link #close()}
     */
    public record Imported(RoadNetwork network, GraphHopper graphHopper, Weighting weighting, int[] sourceNodeOf, Path workDir)
            implements AutoCloseable {
        @Override
        public void close() {
            graphHopper.close();
            deleteRecursively(workDir);
        }
    }

    /** Imports {@code osmFile} and returns only our network; GraphHopper's temporary files are removed. */
    public static RoadNetwork importNetwork(Path osmFile) {
        try (Imported imported = importWithGraphHopper(osmFile)) {
            return imported.network();
        }
    }

    /**
     * The car profile's custom model: GraphHopper's car.json with {@code distance_influence} 0, so that
     * GraphHopper's route weight is proportional to travel time.
     */
    public static CustomModel carModel() {
        CustomModel model = new CustomModel();
        model.addToPriority(Statement.If("!car_access", Statement.Op.MULTIPLY, "0"));
        model.addToSpeed(Statement.If("true", Statement.Op.LIMIT, "car_average_speed"));
        model.setDistanceInfluence(0d);
        return model;
    }

    /** Imports {@code osmFile} and keeps GraphHopper open; the caller must close the result. */
    public static Imported importWithGraphHopper(Path osmFile) {
        if (!Files.isRegularFile(osmFile)) throw new MapImportException("地图文件不存在 / map file not found: " + osmFile);
        Path workDir;
        try {
            workDir = Files.createTempDirectory("drillsim-gh-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary directory for the GraphHopper import", e);
        }
        GraphHopper hopper = new GraphHopper();
        try {
            hopper.setOSMFile(osmFile.toString());
            hopper.setGraphHopperLocation(workDir.toString());
            hopper.setEncodedValuesString("car_access, car_average_speed, road_class, road_environment, max_speed");
            hopper.setProfiles(new Profile(PROFILE).setCustomModel(carModel()));
            hopper.getReaderConfig().setPreferredLanguage("zh");
            hopper.setMinNetworkSize(0);
            hopper.importOrLoad();
        } catch (RuntimeException | Error e) {
            closeQuietly(hopper);
            deleteRecursively(workDir);
            if (String.valueOf(e.getMessage()).contains("must not be empty")) throw noCarRoads(osmFile);
            throw new MapImportException("无法读取地图文件 / cannot read map extract " + osmFile + ": " + describe(e)
                    + " (corrupt or truncated? download a fresh extract, e.g. from download.geofabrik.de)", e);
        }
        try {
            Weighting weighting = hopper.createWeighting(hopper.getProfile(PROFILE), new PMap());
            Converted c = convert(hopper, weighting, osmFile);
            return new Imported(c.network, hopper, weighting, c.sourceNodeOf, workDir);
        } catch (RuntimeException e) {
            closeQuietly(hopper);
            deleteRecursively(workDir);
            throw e;
        }
    }

    private record Converted(RoadNetwork network, int[] sourceNodeOf) {
    }

    private static Converted convert(GraphHopper hopper, Weighting weighting, Path osmFile) {
        BaseGraph graph = hopper.getBaseGraph();
        NodeAccess na = graph.getNodeAccess();
        EnumEncodedValue<com.graphhopper.routing.ev.RoadClass> roadClassEnc =
                hopper.getEncodingManager().getEnumEncodedValue(com.graphhopper.routing.ev.RoadClass.KEY, com.graphhopper.routing.ev.RoadClass.class);
        EnumEncodedValue<RoadEnvironment> envEnc = hopper.getEncodingManager().getEnumEncodedValue(RoadEnvironment.KEY, RoadEnvironment.class);
        RoadNetwork.Builder b = RoadNetwork.builder(RoadNetwork.OSM_ATTRIBUTION);
        int n = graph.getNodes();
        for (int i = 0; i < n; i++) b.addNode(na.getLat(i), na.getLon(i));
        AllEdgesIterator it = graph.getAllEdges();
        int directed = 0;
        while (it.next()) {
            double fwdWeight = weighting.calcEdgeWeight(it, false);
            double bwdWeight = weighting.calcEdgeWeight(it, true);
            boolean fwd = Double.isFinite(fwdWeight);
            boolean bwd = Double.isFinite(bwdWeight);
            if (!fwd && !bwd) continue;
            if (it.getBaseNode() == it.getAdjNode()) continue; // loops never lie on a fastest path
            RoadEnvironment env = it.get(envEnc);
            if (env == RoadEnvironment.FERRY) continue;
            PointList pillars = it.fetchWayGeometry(FetchMode.PILLAR_ONLY);
            double[] p = new double[2 * pillars.size()];
            for (int k = 0; k < pillars.size(); k++) {
                p[2 * k] = pillars.getLat(k);
                p[2 * k + 1] = pillars.getLon(k);
            }
            long tf = fwd ? weighting.calcEdgeMillis(it, false) : -1;
            long tb = bwd ? weighting.calcEdgeMillis(it, true) : -1;
            // road id = GraphHopper's edge id, so closures can be mirrored onto GraphHopper (benchmarks, tests)
            RoadClass cls = RoadClass.fromOsm(it.get(roadClassEnc).name());
            boolean bridge = env == RoadEnvironment.BRIDGE;
            boolean tunnel = env == RoadEnvironment.TUNNEL;
            if (fwd) b.addEdge(it.getBaseNode(), it.getAdjNode(), it.getDistance(), tf, cls, it.getName(), bridge, tunnel, it.getEdge(), p);
            if (bwd) b.addEdge(it.getAdjNode(), it.getBaseNode(), it.getDistance(), tb, cls, it.getName(), bridge, tunnel, it.getEdge(), reverse(p));
            directed += (fwd ? 1 : 0) + (bwd ? 1 : 0);
        }
        if (directed == 0) throw noCarRoads(osmFile);
        RoadNetwork full = b.build();
        boolean[] keep = Components.largestStrongComponent(full);
        int[] sourceNodeOf = hilbertOrder(full, keep);
        return new Converted(full.select(sourceNodeOf), sourceNodeOf);
    }

    /**
     * The kept nodes sorted along a Hilbert curve over their coordinates: neighbours on the map become
     * neighbours in memory, which makes the router's array accesses cache-friendly.
     */
    static int[] hilbertOrder(RoadNetwork net, boolean[] keep) {
        var env = net.bounds();
        double w = Math.max(env.getWidth(), 1e-9);
        double h = Math.max(env.getHeight(), 1e-9);
        int count = 0;
        for (boolean k : keep) if (k) count++;
        long[] keyed = new long[count];
        for (int i = 0, k = 0; i < keep.length; i++) {
            if (!keep[i]) continue;
            int x = (int) Math.min(32767, (net.lon(i) - env.getMinX()) / w * 32768);
            int y = (int) Math.min(32767, (net.lat(i) - env.getMinY()) / h * 32768);
            keyed[k++] = (hilbertIndex(x, y) << 32) | i; // curve index < 2^30, node id < 2^31
        }
        Arrays.sort(keyed);
        int[] order = new int[count];
        for (int k = 0; k < count; k++) order[k] = (int) keyed[k];
        return order;
    }

    /** Position of cell (x, y) on the Hilbert curve over a 32768 × 32768 grid. */
    private static long hilbertIndex(int x, int y) {
        long d = 0;
        for (int s = 1 << 14; s > 0; s >>= 1) {
            int rx = (x & s) > 0 ? 1 : 0;
            int ry = (y & s) > 0 ? 1 : 0;
            d += (long) s * s * ((3 * rx) ^ ry);
            if (ry == 0) {
                if (rx == 1) {
                    x = s - 1 - x;
                    y = s - 1 - y;
                }
                int t = x;
                x = y;
                y = t;
            }
        }
        return d;
    }

    private static double[] reverse(double[] latLon) {
        double[] r = new double[latLon.length];
        int n = latLon.length / 2;
        for (int i = 0; i < n; i++) {
            r[2 * i] = latLon[2 * (n - 1 - i)];
            r[2 * i + 1] = latLon[2 * (n - 1 - i) + 1];
        }
        return r;
    }

    private static MapImportException noCarRoads(Path osmFile) {
        return new MapImportException("地图中没有可通行汽车的道路 / no car roads in map extract " + osmFile
                + " (is it empty, or does it cover only footpaths/water? use a regional extract with streets, e.g. from download.geofabrik.de)");
    }

    private static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String msg = root.getMessage();
        return root.getClass().getSimpleName() + (msg == null ? "" : " — " + msg.lines().findFirst().orElse(""));
    }

    private static void closeQuietly(GraphHopper hopper) {
        try {
            hopper.close();
        } catch (RuntimeException ignored) {
            // already failing; the import error is what the user needs to see
        }
    }

    static void deleteRecursively(Path dir) {
        if (dir == null || !Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // best effort for a temporary directory
                }
            });
        } catch (IOException ignored) {
            // best effort for a temporary directory
        }
    }
}
