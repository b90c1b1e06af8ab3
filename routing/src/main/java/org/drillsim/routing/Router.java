package org.drillsim.routing;

import java.util.Arrays;

/**
 * Exact fastest-path travel times by Dijkstra's algorithm (Dijkstra 1959) over the network's CSR
 * arrays, reading a {@link NetworkState} at query time so closures and slow-downs apply at once.
 * O((V + E) log V) per search with a 4-ary heap of packed (time, node) longs; the heap and the
 * visited-stamp arrays are reused, so a query allocates only its result.
 *
 * <p>Semantics: the state is read as a snapshot at the departure time {@code t} (the simulation
 * re-plans when the state changes). A {@code null} state means free flow. Unreachable times are
 * {@link #UNREACHABLE}. One instance per thread (instances are not thread-safe; the network is).
 */
public final class Router {
    /** Travel time of an unreachable destination. */
    public static final long UNREACHABLE = Long.MAX_VALUE;

    private static final int NODE_BITS = 25;
    private static final long NODE_MASK = (1L << NODE_BITS) - 1;
    private static final long MAX_TIME = (1L << (63 - NODE_BITS)) - 1;

    private final RoadNetwork net;
    private final long[] dist;
    private final int[] stamp;
    private final int[] parentEdge;
    private int run;
    /** Marks the targets of a one-to-many search with the current run number (allocated on first use). */
    private int[] wanted;
    private long[] heap = new long[1024];
    private int heapSize;
    /** The backward side of {@link #pairTimeMs} (allocated on first use); it shares the run number. */
    private long[] distB;
    private int[] stampB;
    private long[] heapB = new long[1024];
    private int heapBSize;

    public Router(RoadNetwork network) {
        if (network.nodeCount() > NODE_MASK) {
            throw new IllegalArgumentException("network has " + network.nodeCount() + " nodes; the router supports at most " + NODE_MASK);
        }
        this.net = network;
        int n = network.nodeCount();
        dist = new long[n];
        stamp = new int[n];
        parentEdge = new int[n];
    }

    public RoadNetwork network() {
        return net;
    }

    /** Fastest route from node {@code from} to node {@code to} departing at {@code t}. */
    public Route route(int from, int to, NetworkState state, long t) {
        checkNode(from);
        checkNode(to);
        search(from, true, state, t, to);
        if (stamp[to] != run) return new Route(net, from, to, UNREACHABLE, 0, new int[0]);
        int count = 0;
        for (int v = to; v != from; v = net.edgeFrom[parentEdge[v]]) count++;
        int[] edges = new int[count];
        double length = 0;
        for (int v = to, i = count - 1; v != from; v = net.edgeFrom[parentEdge[v]], i--) {
            edges[i] = parentEdge[v];
            length += net.edgeLength[parentEdge[v]];
        }
        return new Route(net, from, to, dist[to], length, edges);
    }

    /** Travel time in ms from {@code from} to {@code to}, or {@link #UNREACHABLE}. */
    public long travelTimeMs(int from, int to, NetworkState state, long t) {
        checkNode(from);
        checkNode(to);
        search(from, true, state, t, to);
        return stamp[to] == run ? dist[to] : UNREACHABLE;
    }

    /** Travel times in ms from {@code source} to every node (index = node id). */
    public long[] oneToAll(int source, NetworkState state, long t) {
        checkNode(source);
        search(source, true, state, t, -1);
        return collect();
    }

    /** Travel times in ms from every node to {@code target} (index = node id), e.g. to a hospital. */
    public long[] allToOne(int target, NetworkState state, long t) {
        checkNode(target);
        search(target, false, state, t, -1);
        return collect();
    }

    /** Travel times in ms from {@code source} to each of {@code targets}; stops once all are settled. */
    public long[] oneToMany(int source, int[] targets, NetworkState state, long t) {
        checkNode(source);
        for (int x : targets) checkNode(x);
        if (targets.length == 0) return new long[0];
        searchUntilAll(source, targets, state, t);
        long[] out = new long[targets.length];
        for (int i = 0; i < targets.length; i++) out[i] = stamp[targets[i]] == run ? dist[targets[i]] : UNREACHABLE;
        return out;
    }

    /** Matrix of travel times: {@code result[i][j]} from {@code sources[i]} to {@code targets[j]}. */
    public long[][] manyToMany(int[] sources, int[] targets, NetworkState state, long t) {
        long[][] out = new long[sources.length][];
        for (int i = 0; i < sources.length; i++) out[i] = oneToMany(sources[i], targets, state, t);
        return out;
    }

    // ---- the same questions over a flat per-edge cost array (ms, negative = closed), e.g. the current road
    // state kept up to date by the simulation: one array read per edge instead of a rule look-up.

    /** Checks a flat cost array: one entry per directed edge, ms, negative when the edge is closed. */
    private void checkCosts(int[] edgeCostMs) {
        if (edgeCostMs.length != net.edgeCount()) {
            throw new IllegalArgumentException("cost array has " + edgeCostMs.length + " entries; the network has " + net.edgeCount() + " edges");
        }
    }

    /** Travel times from {@code source} to every node under flat edge costs (negative = closed). */
    public long[] oneToAll(int source, int[] edgeCostMs) {
        checkNode(source);
        checkCosts(edgeCostMs);
        searchFlat(source, true, edgeCostMs, null, 0, -1, null);
        return collect();
    }

    /** Travel times from every node to {@code target} under flat edge costs (negative = closed). */
    public long[] allToOne(int target, int[] edgeCostMs) {
        checkNode(target);
        checkCosts(edgeCostMs);
        searchFlat(target, false, edgeCostMs, null, 0, -1, null);
        return collect();
    }

    /**
     * Travel times from each of {@code sources} to {@code target} under flat edge costs: one backward search
     * from the target that stops once every source is settled (e.g. which truck is nearest to a depot).
     */
    public long[] manyToOne(int[] sources, int target, int[] edgeCostMs) {
        checkNode(target);
        for (int x : sources) checkNode(x);
        checkCosts(edgeCostMs);
        if (sources.length == 0) return new long[0];
        searchFlat(target, false, edgeCostMs, null, 0, -1, sources);
        long[] out = new long[sources.length];
        for (int i = 0; i < sources.length; i++) out[i] = stamp[sources[i]] == run ? dist[sources[i]] : UNREACHABLE;
        return out;
    }

    /**
     * Travel time from {@code from} to {@code to} under flat edge costs by bidirectional Dijkstra (Pohl 1971):
     * a forward search from the source and a backward one from the target, each step expanding the side with
     * the smaller frontier key, stopped when the two keys sum to at least the best meeting found. Exact (the
     * same time as a one-way search); settles roughly half as many nodes on a road network.
     */
    public long pairTimeMs(int from, int to, int[] edgeCostMs) {
        checkNode(from);
        checkNode(to);
        checkCosts(edgeCostMs);
        if (from == to) return 0;
        if (distB == null) {
            distB = new long[dist.length];
            stampB = new int[dist.length];
        }
        startRun();
        heapBSize = 0;
        stamp[from] = run;
        dist[from] = 0;
        push(from);
        stampB[to] = run;
        distB[to] = 0;
        pushB(to);
        long best = UNREACHABLE;
        final int[] out = net.outStart;
        final int[] in = net.inStart;
        final int[] inEdges = net.inEdges;
        final int[] edgeTo = net.edgeTo;
        final int[] edgeFrom = net.edgeFrom;
        while (heapSize > 0 && heapBSize > 0) {
            long topF = heap[0] >>> NODE_BITS;
            long topB = heapB[0] >>> NODE_BITS;
            if (best != UNREACHABLE && topF + topB >= best) break;
            if (topF <= topB) {
                long key = pop();
                int u = (int) (key & NODE_MASK);
                long du = key >>> NODE_BITS;
                if (du != dist[u]) continue;
                for (int i = out[u], end = out[u + 1]; i < end; i++) {
                    int c = edgeCostMs[i];
                    if (c < 0) continue;
                    int v = edgeTo[i];
                    long nd = du + c;
                    if (stamp[v] != run || nd < dist[v]) {
                        if (nd > MAX_TIME) throw new IllegalStateException("travel time overflow at node " + v);
                        stamp[v] = run;
                        dist[v] = nd;
                        push(v);
                    }
                    if (stampB[v] == run && nd + distB[v] < best) best = nd + distB[v];
                }
            } else {
                long key = popB();
                int u = (int) (key & NODE_MASK);
                long du = key >>> NODE_BITS;
                if (du != distB[u]) continue;
                for (int i = in[u], end = in[u + 1]; i < end; i++) {
                    int e = inEdges[i];
                    int c = edgeCostMs[e];
                    if (c < 0) continue;
                    int v = edgeFrom[e];
                    long nd = du + c;
                    if (stampB[v] != run || nd < distB[v]) {
                        if (nd > MAX_TIME) throw new IllegalStateException("travel time overflow at node " + v);
                        stampB[v] = run;
                        distB[v] = nd;
                        pushB(v);
                    }
                    if (stamp[v] == run && nd + dist[v] < best) best = nd + dist[v];
                }
            }
        }
        return best;
    }

    private void pushB(int node) {
        if (heapBSize == heapB.length) heapB = Arrays.copyOf(heapB, heapBSize * 2);
        siftUp(heapB, heapBSize++, (distB[node] << NODE_BITS) | node);
    }

    private long popB() {
        long top = heapB[0];
        heapBSize--;
        siftDown(heapB, heapBSize, heapB[heapBSize]);
        return top;
    }

    private long[] collect() {
        long[] out = new long[dist.length];
        for (int v = 0; v < out.length; v++) out[v] = stamp[v] == run ? dist[v] : UNREACHABLE;
        return out;
    }

    private void checkNode(int node) {
        if (node < 0 || node >= dist.length) {
            throw new IllegalArgumentException("node id " + node + " out of range (network has " + dist.length + " nodes)");
        }
    }

    private void startRun() {
        if (++run == Integer.MAX_VALUE) {
            Arrays.fill(stamp, 0);
            if (stampB != null) Arrays.fill(stampB, 0);
            if (wanted != null) Arrays.fill(wanted, 0);
            run = 1;
        }
        heapSize = 0;
    }

    private void searchUntilAll(int source, int[] targets, NetworkState state, long t) {
        searchCore(source, true, state, t, -1, targets);
    }

    private void search(int source, boolean forward, NetworkState state, long t, int target) {
        searchCore(source, forward, state, t, target, null);
    }

    private void searchCore(int source, boolean forward, NetworkState state, long t, int target, int[] targets) {
        if (state != null && state.network() != net) throw new IllegalArgumentException("network state belongs to another network");
        searchFlat(source, forward, net.edgeTimeMs, state == null ? null : state.rules, t, target, targets);
    }

    /**
     * The Dijkstra loop. {@code time} is a per-edge cost in ms (negative = closed); {@code rules}, when not null,
     * adjusts it at time {@code t}.
     */
    private void searchFlat(int source, boolean forward, int[] time, NetworkState.EdgeRule[] rules, long t, int target, int[] targets) {
        startRun();
        int remaining = 0;
        if (targets != null) {
            if (wanted == null) wanted = new int[dist.length];
            for (int x : targets) if (wanted[x] != run) {
                wanted[x] = run;
                remaining++;
            }
        }
        final int[] start = forward ? net.outStart : net.inStart;
        final int[] inEdges = net.inEdges;
        final int[] other = forward ? net.edgeTo : net.edgeFrom;
        stamp[source] = run;
        dist[source] = 0;
        parentEdge[source] = -1;
        push(source);
        while (heapSize > 0) {
            long top = pop();
            int u = (int) (top & NODE_MASK);
            long du = top >>> NODE_BITS;
            if (du != dist[u]) continue;
            if (u == target) return;
            if (targets != null && wanted[u] == run && --remaining == 0) return;
            for (int i = start[u], end = start[u + 1]; i < end; i++) {
                int e = forward ? i : inEdges[i];
                long c = time[e];
                if (c < 0) continue;
                if (rules != null) {
                    NetworkState.EdgeRule r = rules[e];
                    if (r != null && (c = r.cost(c, t)) < 0) continue;
                }
                int v = other[e];
                long nd = du + c;
                if (stamp[v] != run || nd < dist[v]) {
                    if (nd > MAX_TIME) throw new IllegalStateException("travel time overflow at node " + v);
                    stamp[v] = run;
                    dist[v] = nd;
                    parentEdge[v] = e;
                    push(v);
                }
            }
        }
    }

    private void push(int node) {
        if (heapSize == heap.length) heap = Arrays.copyOf(heap, heapSize * 2);
        siftUp(heap, heapSize++, (dist[node] << NODE_BITS) | node);
    }

    private long pop() {
        long top = heap[0];
        heapSize--;
        siftDown(heap, heapSize, heap[heapSize]);
        return top;
    }

    // A 4-ary heap of packed (time, node) keys: half the levels of a binary heap and the four children share a
    // cache line, which is where the search spends most of its time. The keys are distinct per (time, node), so
    // it pops in exactly the order a binary heap would (same parent edges among equal-time routes).

    /** Places {@code key} at free slot {@code i} and moves it up. */
    private static void siftUp(long[] h, int i, long key) {
        while (i > 0) {
            int p = (i - 1) >>> 2;
            long hp = h[p];
            if (hp <= key) break;
            h[i] = hp;
            i = p;
        }
        h[i] = key;
    }

    /** Fills the root of the heap {@code h[0..n)} with {@code last} (the former slot {@code n}) and moves it down. */
    private static void siftDown(long[] h, int n, long last) {
        int i = 0;
        while (true) {
            int c = (i << 2) + 1;
            if (c >= n) break;
            int best = c;
            long m = h[c];
            int end = Math.min(c + 4, n);
            for (int k = c + 1; k < end; k++) {
                long hk = h[k];
                if (hk < m) {
                    m = hk;
                    best = k;
                }
            }
            if (m >= last) break;
            h[i] = m;
            i = best;
        }
        h[i] = last;
    }
}
