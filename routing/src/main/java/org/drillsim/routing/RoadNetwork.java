package org.drillsim.routing;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.index.strtree.STRtree;

import java.util.Arrays;
import java.util.List;

/**
 * An immutable road network for cars: nodes (WGS84 lat/lon) and directed edges stored in primitive
 * arrays in compressed-sparse-row order (the out-edges of node {@code n} are the edge ids
 * {@code outStart(n) .. outEnd(n)-1}; a reverse index lists in-edges).
 *
 * <p>Units: lengths in metres, times in milliseconds, coordinates in degrees. A two-way road is two
 * directed edges sharing a {@link #roadId(int) road id}; {@link #reverseEdge(int)} gives the twin.
 * Geometries use x = longitude, y = latitude. Build with {@link #builder(String)}.
 */
public final class RoadNetwork {
    /** Attribution that must be shown with any map or data derived from OpenStreetMap. */
    public static final String OSM_ATTRIBUTION = "© OpenStreetMap contributors, ODbL 1.0";

    static final byte FLAG_BRIDGE = 1;
    static final byte FLAG_TUNNEL = 2;
    private static final GeometryFactory GEOMETRY = new GeometryFactory(new PrecisionModel(), 4326);

    final String source;
    final double[] lat;
    final double[] lon;
    final int[] outStart;
    final int[] edgeFrom;
    final int[] edgeTo;
    final int[] edgeTimeMs;
    final double[] edgeLength;
    final byte[] edgeClass;
    final byte[] edgeFlags;
    final int[] edgeName;
    final int[] edgeRoad;
    final int[] geomStart;
    final double[] geomLat;
    final double[] geomLon;
    final String[] names;
    final int[] inStart;
    final int[] inEdges;
    final int[] twin;
    private final List<District> districts;
    private volatile STRtree edgeIndex;

    RoadNetwork(String source, double[] lat, double[] lon, int[] outStart, int[] edgeFrom, int[] edgeTo,
                int[] edgeTimeMs, double[] edgeLength, byte[] edgeClass, byte[] edgeFlags, int[] edgeName,
                int[] edgeRoad, int[] geomStart, double[] geomLat, double[] geomLon, String[] names,
                List<District> districts) {
        this.source = source;
        this.lat = lat;
        this.lon = lon;
        this.outStart = outStart;
        this.edgeFrom = edgeFrom;
        this.edgeTo = edgeTo;
        this.edgeTimeMs = edgeTimeMs;
        this.edgeLength = edgeLength;
        this.edgeClass = edgeClass;
        this.edgeFlags = edgeFlags;
        this.edgeName = edgeName;
        this.edgeRoad = edgeRoad;
        this.geomStart = geomStart;
        this.geomLat = geomLat;
        this.geomLon = geomLon;
        this.names = names;
        this.districts = List.copyOf(districts);
        int n = lat.length;
        int m = edgeFrom.length;
        inStart = new int[n + 1];
        for (int e = 0; e < m; e++) inStart[edgeTo[e] + 1]++;
        for (int i = 0; i < n; i++) inStart[i + 1] += inStart[i];
        inEdges = new int[m];
        int[] fill = Arrays.copyOf(inStart, n);
        for (int e = 0; e < m; e++) inEdges[fill[edgeTo[e]]++] = e;
        twin = computeTwins();
    }

    private int[] computeTwins() {
        int m = edgeFrom.length;
        int[] result = new int[m];
        Arrays.fill(result, -1);
        int maxRoad = -1;
        for (int r : edgeRoad) maxRoad = Math.max(maxRoad, r);
        int[] firstOfRoad = new int[maxRoad + 1];
        Arrays.fill(firstOfRoad, -1);
        for (int e = 0; e < m; e++) {
            int r = edgeRoad[e];
            int other = firstOfRoad[r];
            if (other < 0) {
                firstOfRoad[r] = e;
            } else if (edgeFrom[other] == edgeTo[e] && edgeTo[other] == edgeFrom[e]) {
                result[e] = other;
                result[other] = e;
            }
        }
        return result;
    }

    /** A builder for a network whose data comes from {@code source} (e.g. the OSM attribution). */
    public static Builder builder(String source) {
        return new Builder(source);
    }

    /** Where the data comes from; for OpenStreetMap data this is {@link #OSM_ATTRIBUTION}. */
    public String source() {
        return source;
    }

    public int nodeCount() {
        return lat.length;
    }

    public int edgeCount() {
        return edgeFrom.length;
    }

    public double lat(int node) {
        return lat[node];
    }

    public double lon(int node) {
        return lon[node];
    }

    /** First out-edge id of {@code node}. */
    public int outStart(int node) {
        return outStart[node];
    }

    /** One past the last out-edge id of {@code node}. */
    public int outEnd(int node) {
        return outStart[node + 1];
    }

    /** Ids of the edges arriving at {@code node} (a copy). */
    public int[] inEdges(int node) {
        return Arrays.copyOfRange(inEdges, inStart[node], inStart[node + 1]);
    }

    public int edgeFrom(int edge) {
        return edgeFrom[edge];
    }

    public int edgeTo(int edge) {
        return edgeTo[edge];
    }

    /** Length in metres. */
    public double lengthM(int edge) {
        return edgeLength[edge];
    }

    /** Free-flow travel time in milliseconds (from road class and maxspeed). */
    public long freeFlowTimeMs(int edge) {
        return edgeTimeMs[edge];
    }

    public RoadClass roadClass(int edge) {
        return RoadClass.values()[edgeClass[edge]];
    }

    /** Street name (Chinese where OSM has one), or "" when unnamed. */
    public String name(int edge) {
        return names[edgeName[edge]];
    }

    public boolean isBridge(int edge) {
        return (edgeFlags[edge] & FLAG_BRIDGE) != 0;
    }

    public boolean isTunnel(int edge) {
        return (edgeFlags[edge] & FLAG_TUNNEL) != 0;
    }

    /** The undirected road segment this edge belongs to; both directions of a two-way road share it. */
    public int roadId(int edge) {
        return edgeRoad[edge];
    }

    /** The opposite direction of the same road, or -1 for a one-way edge. */
    public int reverseEdge(int edge) {
        return twin[edge];
    }

    /** Named areas shipped with the network (the synthetic city's districts; empty for OSM imports). */
    public List<District> districts() {
        return districts;
    }

    /** Bounding box of all nodes, x = longitude, y = latitude. */
    public Envelope bounds() {
        Envelope env = new Envelope();
        for (int i = 0; i < lat.length; i++) env.expandToInclude(lon[i], lat[i]);
        return env;
    }

    /** The edge's shape from its start node to its end node (built on demand). */
    public LineString geometry(int edge) {
        int a = geomStart[edge];
        int b = geomStart[edge + 1];
        Coordinate[] cs = new Coordinate[b - a + 2];
        cs[0] = new Coordinate(lon[edgeFrom[edge]], lat[edgeFrom[edge]]);
        for (int i = a; i < b; i++) cs[i - a + 1] = new Coordinate(geomLon[i], geomLat[i]);
        cs[cs.length - 1] = new Coordinate(lon[edgeTo[edge]], lat[edgeTo[edge]]);
        return GEOMETRY.createLineString(cs);
    }

    /** The geometry factory used for all geometries of this package (WGS84, SRID 4326). */
    public static GeometryFactory geometryFactory() {
        return GEOMETRY;
    }

    /**
     * A spatial index (JTS STRtree) over the edge geometries; items are {@code Integer} edge ids.
     * Built once on first use; the tree is read-only afterwards and safe to share between threads.
     */
    public STRtree edgeIndex() {
        STRtree index = edgeIndex;
        if (index == null) {
            synchronized (this) {
                index = edgeIndex;
                if (index == null) {
                    index = new STRtree();
                    for (int e = 0; e < edgeCount(); e++) {
                        Envelope env = new Envelope(lon[edgeFrom[e]], lon[edgeTo[e]], lat[edgeFrom[e]], lat[edgeTo[e]]);
                        for (int i = geomStart[e]; i < geomStart[e + 1]; i++) env.expandToInclude(geomLon[i], geomLat[i]);
                        index.insert(env, e);
                    }
                    index.build();
                    edgeIndex = index;
                }
            }
        }
        return index;
    }

    /**
     * The network restricted to the nodes with {@code keep[node]}; edges need both ends kept.
     * Kept nodes are renumbered in increasing order of their old ids (see {@link #renumbering(boolean[])}).
     */
    public RoadNetwork restrictTo(boolean[] keep) {
        if (keep.length != nodeCount()) throw new IllegalArgumentException("keep mask has " + keep.length + " entries, network has " + nodeCount() + " nodes");
        int count = 0;
        for (boolean k : keep) if (k) count++;
        int[] nodes = new int[count];
        for (int i = 0, k = 0; i < keep.length; i++) if (keep[i]) nodes[k++] = i;
        return select(nodes);
    }

    /**
     * The network on the given nodes, where new node {@code k} is old node {@code oldNodes[k]}; edges need
     * both ends selected. Used to drop nodes and to reorder them (e.g. along a space-filling curve, so that
     * nodes close on the map are close in memory).
     */
    public RoadNetwork select(int[] oldNodes) {
        int[] newId = new int[nodeCount()];
        Arrays.fill(newId, -1);
        Builder b = builder(source);
        for (int k = 0; k < oldNodes.length; k++) {
            if (newId[oldNodes[k]] >= 0) throw new IllegalArgumentException("node " + oldNodes[k] + " selected twice");
            newId[oldNodes[k]] = k;
            b.addNode(lat[oldNodes[k]], lon[oldNodes[k]]);
        }
        for (int e = 0; e < edgeCount(); e++) {
            int f = newId[edgeFrom[e]];
            int t = newId[edgeTo[e]];
            if (f < 0 || t < 0) continue;
            b.addEdge(f, t, edgeLength[e], edgeTimeMs[e], roadClass(e), name(e), isBridge(e), isTunnel(e), edgeRoad[e], pillars(e));
        }
        return b.districts(districts).build();
    }

    /** New id of every old node under {@link #restrictTo(boolean[])}, -1 for dropped nodes. */
    public static int[] renumbering(boolean[] keep) {
        int[] newId = new int[keep.length];
        int next = 0;
        for (int i = 0; i < keep.length; i++) newId[i] = keep[i] ? next++ : -1;
        return newId;
    }

    /** Intermediate shape points of an edge as interleaved lat, lon (without the end nodes). */
    double[] pillars(int edge) {
        int a = geomStart[edge];
        int b = geomStart[edge + 1];
        double[] p = new double[2 * (b - a)];
        for (int i = a; i < b; i++) {
            p[2 * (i - a)] = geomLat[i];
            p[2 * (i - a) + 1] = geomLon[i];
        }
        return p;
    }

    @Override
    public String toString() {
        return "RoadNetwork[" + nodeCount() + " nodes, " + edgeCount() + " edges, " + source + "]";
    }

    /** Collects nodes and directed edges in any order, then builds the CSR network. Not thread-safe. */
    public static final class Builder {
        private final String source;
        private double[] lat = new double[1024];
        private double[] lon = new double[1024];
        private int nodes;
        private int[] from = new int[1024];
        private int[] to = new int[1024];
        private int[] time = new int[1024];
        private double[] length = new double[1024];
        private byte[] cls = new byte[1024];
        private byte[] flags = new byte[1024];
        private int[] name = new int[1024];
        private int[] road = new int[1024];
        private int[] pillarCount = new int[1024];
        private double[] pillarData = new double[1024];
        private int pillarSize;
        private int edges;
        private int nextRoad;
        private final java.util.HashMap<String, Integer> nameIds = new java.util.HashMap<>();
        private final java.util.ArrayList<String> nameList = new java.util.ArrayList<>();
        private List<District> districts = List.of();

        private Builder(String source) {
            this.source = source;
            nameId("");
        }

        private int nameId(String n) {
            return nameIds.computeIfAbsent(n == null ? "" : n, k -> {
                nameList.add(k);
                return nameList.size() - 1;
            });
        }

        /** Adds a node and returns its id (ids count up from 0). */
        public int addNode(double latitude, double longitude) {
            if (!(latitude >= -90 && latitude <= 90 && longitude >= -180 && longitude <= 180)) {
                throw new IllegalArgumentException("node " + nodes + ": invalid coordinate (" + latitude + ", " + longitude + ")");
            }
            if (nodes == lat.length) {
                lat = Arrays.copyOf(lat, nodes * 2);
                lon = Arrays.copyOf(lon, nodes * 2);
            }
            lat[nodes] = latitude;
            lon[nodes] = longitude;
            return nodes++;
        }

        /**
         * Adds one directed edge.
         *
         * @param roadId  undirected road id shared with the opposite direction; the twin must have the same id
         * @param pillars intermediate shape points as interleaved lat, lon (may be null or empty)
         */
        public Builder addEdge(int fromNode, int toNode, double lengthM, long timeMs, RoadClass roadClass, String streetName,
                               boolean bridge, boolean tunnel, int roadId, double[] pillars) {
            if (fromNode < 0 || fromNode >= nodes || toNode < 0 || toNode >= nodes) {
                throw new IllegalArgumentException("edge " + edges + ": node id out of range (" + fromNode + " -> " + toNode + ", " + nodes + " nodes)");
            }
            if (!(lengthM >= 0) || timeMs < 0 || timeMs > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("edge " + edges + ": invalid length " + lengthM + " m or time " + timeMs + " ms");
            }
            if (edges == from.length) grow();
            int np = pillars == null ? 0 : pillars.length / 2;
            while (pillarSize + 2 * np > pillarData.length) pillarData = Arrays.copyOf(pillarData, pillarData.length * 2);
            if (np > 0) System.arraycopy(pillars, 0, pillarData, pillarSize, 2 * np);
            pillarSize += 2 * np;
            from[edges] = fromNode;
            to[edges] = toNode;
            time[edges] = (int) timeMs;
            length[edges] = lengthM;
            cls[edges] = (byte) roadClass.ordinal();
            flags[edges] = (byte) ((bridge ? FLAG_BRIDGE : 0) | (tunnel ? FLAG_TUNNEL : 0));
            name[edges] = nameId(streetName);
            road[edges] = roadId;
            pillarCount[edges] = np;
            nextRoad = Math.max(nextRoad, roadId + 1);
            edges++;
            return this;
        }

        /**
         * Adds a road between a and b as up to two directed edges with a fresh road id.
         * A negative time means that direction is not open to cars. Pillars run from a to b.
         */
        public Builder addRoad(int a, int b, double lengthM, long timeAtoB, long timeBtoA, RoadClass roadClass, String streetName,
                               boolean bridge, boolean tunnel, double[] pillars) {
            int id = nextRoad++;
            if (timeAtoB >= 0) addEdge(a, b, lengthM, timeAtoB, roadClass, streetName, bridge, tunnel, id, pillars);
            if (timeBtoA >= 0) addEdge(b, a, lengthM, timeBtoA, roadClass, streetName, bridge, tunnel, id, reversePillars(pillars));
            return this;
        }

        /** Attaches named areas (districts) to the network. */
        public Builder districts(List<District> list) {
            this.districts = List.copyOf(list);
            return this;
        }

        public int nodeCount() {
            return nodes;
        }

        /** Latitude of a node added so far. */
        public double lat(int node) {
            return lat[node];
        }

        /** Longitude of a node added so far. */
        public double lon(int node) {
            return lon[node];
        }

        private static double[] reversePillars(double[] p) {
            if (p == null || p.length == 0) return p;
            double[] r = new double[p.length];
            int n = p.length / 2;
            for (int i = 0; i < n; i++) {
                r[2 * i] = p[2 * (n - 1 - i)];
                r[2 * i + 1] = p[2 * (n - 1 - i) + 1];
            }
            return r;
        }

        private void grow() {
            int c = from.length * 2;
            from = Arrays.copyOf(from, c);
            to = Arrays.copyOf(to, c);
            time = Arrays.copyOf(time, c);
            length = Arrays.copyOf(length, c);
            cls = Arrays.copyOf(cls, c);
            flags = Arrays.copyOf(flags, c);
            name = Arrays.copyOf(name, c);
            road = Arrays.copyOf(road, c);
            pillarCount = Arrays.copyOf(pillarCount, c);
        }

        /** Sorts the edges by start node (stable) and returns the immutable network. */
        public RoadNetwork build() {
            int n = nodes;
            int m = edges;
            int[] outStart = new int[n + 1];
            for (int e = 0; e < m; e++) outStart[from[e] + 1]++;
            for (int i = 0; i < n; i++) outStart[i + 1] += outStart[i];
            int[] pos = Arrays.copyOf(outStart, n);
            int[] pillarOffset = new int[m];
            for (int e = 0, off = 0; e < m; e++) {
                pillarOffset[e] = off;
                off += 2 * pillarCount[e];
            }
            int[] newIndex = new int[m];
            for (int e = 0; e < m; e++) newIndex[e] = pos[from[e]]++;
            int[] f = new int[m], t = new int[m], tm = new int[m], nm = new int[m], rd = new int[m], pc = new int[m];
            double[] len = new double[m];
            byte[] c = new byte[m], fl = new byte[m];
            int[] oldOf = new int[m];
            for (int e = 0; e < m; e++) {
                int k = newIndex[e];
                oldOf[k] = e;
                f[k] = from[e];
                t[k] = to[e];
                tm[k] = time[e];
                nm[k] = name[e];
                rd[k] = road[e];
                pc[k] = pillarCount[e];
                len[k] = length[e];
                c[k] = cls[e];
                fl[k] = flags[e];
            }
            int[] geomStart = new int[m + 1];
            for (int k = 0; k < m; k++) geomStart[k + 1] = geomStart[k] + pc[k];
            double[] gLat = new double[geomStart[m]];
            double[] gLon = new double[geomStart[m]];
            for (int k = 0; k < m; k++) {
                int src = pillarOffset[oldOf[k]];
                for (int i = 0; i < pc[k]; i++) {
                    gLat[geomStart[k] + i] = pillarData[src + 2 * i];
                    gLon[geomStart[k] + i] = pillarData[src + 2 * i + 1];
                }
            }
            return new RoadNetwork(source, Arrays.copyOf(lat, n), Arrays.copyOf(lon, n), outStart, f, t, tm, len, c, fl, nm, rd,
                    geomStart, gLat, gLon, nameList.toArray(new String[0]), districts);
        }
    }
}
