package org.drillsim.world;

import java.util.List;

/**
 * The hazards' effect on roads and people at one tick, precomputed once per scenario (hazards are
 * deterministic) and shared by every replication. Arrays are sorted by edge id / cell index.
 *
 * @param index          tick number from 0
 * @param timeMs         simulated time
 * @param edges          edges affected (both directions listed separately), ascending
 * @param factors        speed factor per affected edge; 0 = closed to emergency vehicles
 * @param closedToPublic per affected edge: closed to the public (evacuees) — true whenever factor is 0, and in
 *                       chemical AEGL-3 zones where emergency crews may still drive
 * @param cells          affected cells, ascending index
 */
public record HazardTick(int index, long timeMs, int[] edges, float[] factors, boolean[] closedToPublic,
                         List<CellEffect> cells) {

    /** Number of edges closed to emergency vehicles. */
    public int closedEdgeCount() {
        int n = 0;
        for (float f : factors) {
            if (f == 0f) {
                n++;
            }
        }
        return n;
    }
}
