package org.drillsim.world;

import org.drillsim.routing.NetworkState;
import org.drillsim.routing.RoadNetwork;

import java.util.ArrayList;
import java.util.List;

/**
 * The roads of one replication as layers of causes over the kernel-independent {@link NetworkState}:
 * e.g. {@code hazard} (the hazard timeline), {@code command} (closures ordered through the command bus),
 * {@code blockage} (debris or damage waiting for a repair crew). Each layer gives an edge a speed factor
 * in [0, 1] (0 = closed); the edge's effective factor is the smallest over the layers, written to the
 * network state "from now on" (no time windows). A 64-bit fingerprint of all effective factors identifies
 * the road conditions, so routing trees can be cached across replications that meet the same conditions.
 */
public final class RoadConditions {
    /** Layer of the hazard timeline. */
    public static final String HAZARD = "hazard";
    /** Layer of closures ordered by command. */
    public static final String COMMAND = "command";
    /** Layer of blockages waiting for repair. */
    public static final String BLOCKAGE = "blockage";

    private final RoadNetwork net;
    private final NetworkState state;
    private final List<String> layerNames = new ArrayList<>();
    private final List<float[]> layers = new ArrayList<>();
    private final float[] effective;
    private final boolean[] publicClosedByHazard;
    /** Travel time of each edge now, ms (-1 closed): the flat array the router reads, kept up to date edge by edge. */
    private final int[] costs;
    private long fingerprint;
    private int closedCount;

    /** All roads open. Layers {@link #HAZARD}, {@link #COMMAND}, {@link #BLOCKAGE} exist from the start. */
    public RoadConditions(RoadNetwork net) {
        this.net = net;
        this.state = new NetworkState(net);
        this.effective = new float[net.edgeCount()];
        java.util.Arrays.fill(effective, 1f);
        this.publicClosedByHazard = new boolean[net.edgeCount()];
        this.costs = new int[net.edgeCount()];
        for (int e = 0; e < costs.length; e++) {
            costs[e] = (int) net.freeFlowTimeMs(e);
        }
        layer(HAZARD);
        layer(COMMAND);
        layer(BLOCKAGE);
    }

    /** The network. */
    public RoadNetwork network() {
        return net;
    }

    /** The network state routers read (do not write to it directly). */
    public NetworkState state() {
        return state;
    }

    /**
     * Travel time of every edge now, ms, -1 when closed: the same costs as {@link #state()} at any time, as one
     * array the router reads without rule look-ups. Live and shared: read it, never write to it.
     */
    public int[] edgeCosts() {
        return costs;
    }

    /** Index of a layer, created on first use. */
    public int layer(String name) {
        int i = layerNames.indexOf(name);
        if (i >= 0) {
            return i;
        }
        float[] f = new float[net.edgeCount()];
        java.util.Arrays.fill(f, 1f);
        layerNames.add(name);
        layers.add(f);
        return layers.size() - 1;
    }

    /**
     * Sets an edge's factor in a layer (1 = no effect, 0 = closed).
     *
     * @return whether the edge's effective factor changed
     */
    public boolean set(int layer, int edge, float factor) {
        if (!(factor >= 0f && factor <= 1f)) {
            throw new IllegalArgumentException("edge " + edge + ": factor must be in [0, 1], got " + factor);
        }
        float[] f = layers.get(layer);
        if (f[edge] == factor) {
            return false;
        }
        f[edge] = factor;
        return refresh(edge);
    }

    /** Closes an edge in a layer. */
    public boolean close(int layer, int edge) {
        return set(layer, edge, 0f);
    }

    /** Clears an edge in a layer. */
    public boolean clear(int layer, int edge) {
        return set(layer, edge, 1f);
    }

    /** The edge's factor in one layer. */
    public float factor(int layer, int edge) {
        return layers.get(layer)[edge];
    }

    /** The edge's effective factor (0 = closed). */
    public float factor(int edge) {
        return effective[edge];
    }

    /** Whether the edge is closed to emergency vehicles. */
    public boolean isClosed(int edge) {
        return effective[edge] == 0f;
    }

    /** Whether the edge is closed to the public (evacuees): closed, or in a zone closed to the public. */
    public boolean isClosedToPublic(int edge) {
        return effective[edge] == 0f || publicClosedByHazard[edge];
    }

    /** Marks whether the hazards close the edge to the public (used by the hazard layer). */
    public void setClosedToPublicByHazard(int edge, boolean closed) {
        publicClosedByHazard[edge] = closed;
    }

    /** Edges closed to emergency vehicles now. */
    public int closedCount() {
        return closedCount;
    }

    /** Edges closed now, ascending. */
    public int[] closedEdges() {
        int[] out = new int[closedCount];
        int n = 0;
        for (int e = 0; e < effective.length && n < closedCount; e++) {
            if (effective[e] == 0f) {
                out[n++] = e;
            }
        }
        return out;
    }

    /** Identifies the effective factors of all edges (equal conditions ⇒ equal fingerprints). */
    public long fingerprint() {
        return fingerprint;
    }

    private boolean refresh(int edge) {
        float min = 1f;
        for (float[] f : layers) {
            min = Math.min(min, f[edge]);
        }
        float old = effective[edge];
        if (old == min) {
            return false;
        }
        fingerprint -= mix(edge, old);
        fingerprint += mix(edge, min);
        effective[edge] = min;
        if (old == 0f) {
            closedCount--;
        }
        if (min == 0f) {
            closedCount++;
        }
        state.reopen(edge);
        state.clearSpeedFactors(edge);
        if (min == 0f) {
            state.close(edge, 0, NetworkState.FOREVER);
        } else if (min < 1f) {
            state.setSpeedFactor(edge, min, 0, NetworkState.FOREVER);
        }
        costs[edge] = (int) state.travelTimeMs(edge, 0);
        return true;
    }

    private static long mix(int edge, float factor) {
        if (factor == 1f) {
            return 0;
        }
        long z = ((long) edge << 32) ^ Float.floatToIntBits(factor);
        z += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
