package org.drillsim.ui.map;

import org.drillsim.hazards.HazardFootprint;

import java.util.List;

/**
 * Everything the map overlays on the roads at one simulated moment. Built on the simulation thread,
 * read on the JavaFX thread; immutable.
 *
 * @param timeMs           simulated time of the snapshot
 * @param hazards          hazard footprints at that time
 * @param facilities       facilities with their state
 * @param units            units with their tracks (positions are interpolated at draw time)
 * @param casualties       casualty sites
 * @param closedEdges      ids of closed road edges
 * @param evacuationZones  zones ordered evacuated, each a ring of [lon, lat]
 */
public record MapScene(long timeMs, List<HazardFootprint> hazards, List<FacilityMark> facilities, List<UnitMark> units,
                       List<CasualtySite> casualties, int[] closedEdges, List<List<List<Double>>> evacuationZones) {
    /** An empty scene (roads only). */
    public static final MapScene EMPTY = new MapScene(0, List.of(), List.of(), List.of(), List.of(), new int[0], List.of());

    public MapScene {
        hazards = List.copyOf(hazards);
        facilities = List.copyOf(facilities);
        units = List.copyOf(units);
        casualties = List.copyOf(casualties);
        closedEdges = closedEdges.clone();
        evacuationZones = List.copyOf(evacuationZones);
    }

    @Override
    public int[] closedEdges() {
        return closedEdges.clone();
    }

    /** Number of closed edges, without copying. */
    public int closedEdgeCount() {
        return closedEdges.length;
    }

    /** The i-th closed edge, without copying. */
    public int closedEdge(int i) {
        return closedEdges[i];
    }
}
