package org.drillsim.routing;

import java.util.Arrays;

/**
 * Strongly connected components of a {@link RoadNetwork} (Kosaraju's algorithm, iterative, O(V + E)).
 * Used by the importer to keep the largest component, so every kept node reaches every other one.
 */
public final class Components {
    private Components() {
    }

    /** Component id of every node; ids count up from 0. */
    public static int[] strongComponents(RoadNetwork net) {
        return strongComponents(net, null);
    }

    /** Component id of every node using only the edges with {@code usable[e]} (all edges when null). */
    public static int[] strongComponents(RoadNetwork net, boolean[] usable) {
        int n = net.nodeCount();
        int[] order = new int[n];
        int orderSize = 0;
        boolean[] seen = new boolean[n];
        int[] stack = new int[n];
        int[] next = new int[n];
        for (int s = 0; s < n; s++) {
            if (seen[s]) continue;
            int top = 0;
            stack[0] = s;
            seen[s] = true;
            next[s] = net.outStart[s];
            while (top >= 0) {
                int u = stack[top];
                if (next[u] < net.outStart[u + 1]) {
                    int e = next[u]++;
                    if (usable != null && !usable[e]) continue;
                    int v = net.edgeTo[e];
                    if (!seen[v]) {
                        seen[v] = true;
                        next[v] = net.outStart[v];
                        stack[++top] = v;
                    }
                } else {
                    order[orderSize++] = u;
                    top--;
                }
            }
        }
        int[] comp = new int[n];
        Arrays.fill(comp, -1);
        int count = 0;
        for (int k = n - 1; k >= 0; k--) {
            int s = order[k];
            if (comp[s] >= 0) continue;
            int top = 0;
            stack[0] = s;
            comp[s] = count;
            while (top >= 0) {
                int u = stack[top--];
                for (int i = net.inStart[u]; i < net.inStart[u + 1]; i++) {
                    int e = net.inEdges[i];
                    if (usable != null && !usable[e]) continue;
                    int v = net.edgeFrom[e];
                    if (comp[v] < 0) {
                        comp[v] = count;
                        stack[++top] = v;
                    }
                }
            }
            count++;
        }
        return comp;
    }

    /** Mask of the nodes in the largest strongly connected component (ties: the lowest id). */
    public static boolean[] largestStrongComponent(RoadNetwork net) {
        int[] comp = strongComponents(net);
        int[] size = new int[net.nodeCount() + 1];
        for (int c : comp) size[c]++;
        int best = 0;
        for (int c = 1; c < size.length; c++) if (size[c] > size[best]) best = c;
        boolean[] keep = new boolean[comp.length];
        for (int i = 0; i < comp.length; i++) keep[i] = comp[i] == best;
        return keep;
    }
}
