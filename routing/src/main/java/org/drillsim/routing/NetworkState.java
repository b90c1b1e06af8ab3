package org.drillsim.routing;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

import java.util.Arrays;
import java.util.List;

/**
 * The changing state of a {@link RoadNetwork} during a simulation: closed edges and per-edge speed
 * factors, each valid in a simulated-time window {@code [fromMs, toMs)} (use {@link #FOREVER} for an
 * open end). Changing it never re-imports the network.
 *
 * <p>Queries are cheap enough for a router's inner loop: one array read per edge, and edges that were
 * never touched cost a null check. When several speed factors are active on an edge the smallest
 * (slowest) applies. {@link #version()} increases on every change, so callers may cache results.
 * Not thread-safe for writes; concurrent reads without writes are fine.
 */
public final class NetworkState {
    /** Window end meaning "until further notice". */
    public static final long FOREVER = Long.MAX_VALUE;

    private final RoadNetwork network;
    /** Per edge: null when the edge was never touched, else its closure and factor windows. */
    final EdgeRule[] rules;
    private long version;

    public NetworkState(RoadNetwork network) {
        this.network = network;
        this.rules = new EdgeRule[network.edgeCount()];
    }

    public RoadNetwork network() {
        return network;
    }

    /** Increases by at least one on every change. */
    public long version() {
        return version;
    }

    /** Closes one directed edge during {@code [fromMs, toMs)}. */
    public void close(int edge, long fromMs, long toMs) {
        checkWindow(edge, fromMs, toMs);
        rule(edge).addClosure(fromMs, toMs);
        version++;
    }

    /** Closes an edge and its opposite direction (when the road is two-way) during {@code [fromMs, toMs)}. */
    public void closeRoad(int edge, long fromMs, long toMs) {
        close(edge, fromMs, toMs);
        int back = network.reverseEdge(edge);
        if (back >= 0) close(back, fromMs, toMs);
    }

    /**
     * Closes every edge (both directions) whose geometry intersects {@code area} (x = longitude,
     * y = latitude), found through the network's STRtree, during {@code [fromMs, toMs)}.
     *
     * @return the ids of the edges closed, ascending
     */
    public int[] closeEdgesIntersecting(Geometry area, long fromMs, long toMs) {
        int[] hit = edgesIntersecting(area);
        for (int e : hit) close(e, fromMs, toMs);
        return hit;
    }

    /**
     * Multiplies the speed on every edge intersecting {@code area} by {@code factor} (0 &lt; factor &le; 1,
     * e.g. 0.3 for water on the road) during {@code [fromMs, toMs)}.
     *
     * @return the ids of the edges slowed, ascending
     */
    public int[] slowEdgesIntersecting(Geometry area, double factor, long fromMs, long toMs) {
        int[] hit = edgesIntersecting(area);
        for (int e : hit) setSpeedFactor(e, factor, fromMs, toMs);
        return hit;
    }

    /** Multiplies the speed on one directed edge by {@code factor} (0 &lt; factor &le; 1) during {@code [fromMs, toMs)}. */
    public void setSpeedFactor(int edge, double factor, long fromMs, long toMs) {
        checkWindow(edge, fromMs, toMs);
        if (!(factor > 0 && factor <= 1)) {
            throw new IllegalArgumentException("edge " + edge + ": speed factor must be in (0, 1], got " + factor + " (close the edge instead of factor 0)");
        }
        rule(edge).addFactor(fromMs, toMs, factor);
        version++;
    }

    /** Removes every closure of the edge (speed factors stay). */
    public void reopen(int edge) {
        checkEdge(edge);
        EdgeRule r = rules[edge];
        if (r != null) {
            r.closures = EdgeRule.EMPTY;
            if (r.isEmpty()) rules[edge] = null;
        }
        version++;
    }

    /** Removes every closure of the edge and of its opposite direction. */
    public void reopenRoad(int edge) {
        reopen(edge);
        int back = network.reverseEdge(edge);
        if (back >= 0) reopen(back);
    }

    /** Removes every speed factor of the edge (closures stay). */
    public void clearSpeedFactors(int edge) {
        checkEdge(edge);
        EdgeRule r = rules[edge];
        if (r != null) {
            r.factorWindows = EdgeRule.EMPTY;
            r.factors = new double[0];
            if (r.isEmpty()) rules[edge] = null;
        }
        version++;
    }

    /** Back to free flow everywhere. */
    public void reset() {
        Arrays.fill(rules, null);
        version++;
    }

    /** Is the edge closed at simulated time {@code t}? */
    public boolean isClosed(int edge, long t) {
        EdgeRule r = rules[edge];
        return r != null && r.closedAt(t);
    }

    /** Speed factor of the edge at time {@code t}: 1 for free flow, 0 when closed. */
    public double factor(int edge, long t) {
        EdgeRule r = rules[edge];
        if (r == null) return 1.0;
        if (r.closedAt(t)) return 0.0;
        return r.factorAt(t);
    }

    /** Travel time of the edge at time {@code t} in ms, or -1 when closed. */
    public long travelTimeMs(int edge, long t) {
        long base = network.edgeTimeMs[edge];
        EdgeRule r = rules[edge];
        return r == null ? base : r.cost(base, t);
    }

    /** Ids of the edges closed at time {@code t}, ascending. */
    public int[] closedEdges(long t) {
        int[] out = new int[16];
        int n = 0;
        for (int e = 0; e < rules.length; e++) {
            if (rules[e] != null && rules[e].closedAt(t)) {
                if (n == out.length) out = Arrays.copyOf(out, n * 2);
                out[n++] = e;
            }
        }
        return Arrays.copyOf(out, n);
    }

    private int[] edgesIntersecting(Geometry area) {
        if (area == null || area.isEmpty()) throw new IllegalArgumentException("area geometry is null or empty");
        PreparedGeometry prepared = PreparedGeometryFactory.prepare(area);
        @SuppressWarnings("unchecked")
        List<Integer> candidates = network.edgeIndex().query(area.getEnvelopeInternal());
        int[] hit = new int[candidates.size()];
        int n = 0;
        for (int e : candidates) if (prepared.intersects(network.geometry(e))) hit[n++] = e;
        hit = Arrays.copyOf(hit, n);
        Arrays.sort(hit);
        return hit;
    }

    private EdgeRule rule(int edge) {
        EdgeRule r = rules[edge];
        if (r == null) rules[edge] = r = new EdgeRule();
        return r;
    }

    private void checkEdge(int edge) {
        if (edge < 0 || edge >= rules.length) {
            throw new IllegalArgumentException("edge id " + edge + " out of range (network has " + rules.length + " edges)");
        }
    }

    private void checkWindow(int edge, long fromMs, long toMs) {
        checkEdge(edge);
        if (fromMs >= toMs) throw new IllegalArgumentException("edge " + edge + ": empty time window [" + fromMs + ", " + toMs + ")");
    }

    /** Closure and factor windows of one edge, as flat arrays: [from0, to0, from1, to1, ...]. */
    static final class EdgeRule {
        static final long[] EMPTY = new long[0];
        long[] closures = EMPTY;
        long[] factorWindows = EMPTY;
        double[] factors = new double[0];

        void addClosure(long from, long to) {
            closures = append(closures, from, to);
        }

        void addFactor(long from, long to, double f) {
            factorWindows = append(factorWindows, from, to);
            factors = Arrays.copyOf(factors, factors.length + 1);
            factors[factors.length - 1] = f;
        }

        boolean isEmpty() {
            return closures.length == 0 && factorWindows.length == 0;
        }

        boolean closedAt(long t) {
            long[] c = closures;
            for (int i = 0; i < c.length; i += 2) if (t >= c[i] && t < c[i + 1]) return true;
            return false;
        }

        double factorAt(long t) {
            double f = 1.0;
            long[] w = factorWindows;
            for (int i = 0; i < w.length; i += 2) if (t >= w[i] && t < w[i + 1]) f = Math.min(f, factors[i / 2]);
            return f;
        }

        long cost(long base, long t) {
            if (closedAt(t)) return -1;
            double f = factorAt(t);
            return f == 1.0 ? base : (long) Math.ceil(base / f);
        }

        private static long[] append(long[] a, long x, long y) {
            long[] r = Arrays.copyOf(a, a.length + 2);
            r[a.length] = x;
            r[a.length + 1] = y;
            return r;
        }
    }
}
