package org.drillsim.hazards.flood;

import org.drillsim.hazards.Check;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * Parameters of the parametric river flood ({@link FloodModel}). Without elevation data, the ground
 * height above the river's normal level is modelled as growing linearly with the distance d from the
 * water polygons: h(d) = bankHeightM + groundRiseMPerKm · d[km]; water depth = max(0, stage(t) − h(d)),
 * up to {@code maxWidthKm} from the water.
 *
 * @param id               hazard identifier in the scenario
 * @param waterLonLat      river / water polygons the flood comes from, WGS84 lon/lat
 * @param hydrograph       river stage over time (piecewise linear, held constant before the first
 *                         and after the last point), at least one point, times strictly increasing
 * @param bankHeightM      h0: ground height at the water's edge above normal river level, m, >= 0
 * @param groundRiseMPerKm g: how fast the ground rises away from the water, m per km, > 0
 * @param maxWidthKm       the flood plain ends here (higher terraces beyond never flood), km, > 0
 * @param depthBandsM      lower bounds of the depth bands reported as zones, m, strictly increasing,
 *                         > 0 (e.g. 0.1, 0.3, 0.5, 1, 2); null → {@link #DEFAULT_DEPTH_BANDS_M}
 * @param protectedAreas   land behind levees; null → none
 */
public record FloodParams(String id, List<Geometry> waterLonLat, List<StagePoint> hydrograph, double bankHeightM,
                          double groundRiseMPerKm, double maxWidthKm, List<Double> depthBandsM,
                          List<ProtectedArea> protectedAreas) {

    /** Default depth bands, m: 0.1 (wet), 0.3 (roads closed, people displaced), 0.5, 1, 2, 3. */
    public static final List<Double> DEFAULT_DEPTH_BANDS_M = List.of(0.1, 0.3, 0.5, 1.0, 2.0, 3.0);

    public FloodParams {
        Check.id("flood.id", id);
        waterLonLat = Check.nonEmpty("flood " + id + ".water", waterLonLat);
        hydrograph = Check.nonEmpty("flood " + id + ".hydrograph", hydrograph);
        for (int i = 1; i < hydrograph.size(); i++) {
            if (hydrograph.get(i).tMs() <= hydrograph.get(i - 1).tMs()) {
                throw new IllegalArgumentException("flood " + id + ".hydrograph[" + i
                        + "]: times must be strictly increasing, got " + hydrograph.get(i).tMs() + " after "
                        + hydrograph.get(i - 1).tMs());
            }
        }
        Check.range("flood " + id + ".bankHeightM", bankHeightM, 0, 50);
        Check.positive("flood " + id + ".groundRiseMPerKm", groundRiseMPerKm);
        Check.range("flood " + id + ".maxWidthKm", maxWidthKm, 1e-3, 100);
        depthBandsM = depthBandsM == null ? DEFAULT_DEPTH_BANDS_M : List.copyOf(depthBandsM);
        List<Double> bands = new ArrayList<>(depthBandsM);
        for (int i = 0; i < bands.size(); i++) {
            Check.positive("flood " + id + ".depthBandsM[" + i + "]", bands.get(i));
            if (i > 0 && bands.get(i) <= bands.get(i - 1)) {
                throw new IllegalArgumentException("flood " + id + ".depthBandsM[" + i + "]: bands must be strictly increasing");
            }
        }
        if (bands.isEmpty()) {
            throw new IllegalArgumentException("flood " + id + ".depthBandsM: expected at least one band");
        }
        protectedAreas = Check.orEmpty("flood " + id + ".protectedAreas", protectedAreas);
    }

    /**
     * A copy whose hydrograph is overridden from {@code atMs} on (an inject "the stage rises to X"): the stage
     * goes linearly from its value at {@code atMs} to {@code stageM} over {@code overMs} and then holds;
     * later points of the original hydrograph are dropped.
     */
    public FloodParams withStageChange(long atMs, double stageM, long overMs) {
        Check.time("stageChange.atMs", atMs);
        if (overMs <= 0) {
            throw new IllegalArgumentException("stageChange.overMs: expected a duration > 0 ms, got " + overMs);
        }
        List<StagePoint> h = new ArrayList<>();
        for (StagePoint p : hydrograph) {
            if (p.tMs() < atMs) {
                h.add(p);
            }
        }
        h.add(new StagePoint(atMs, stageAt(atMs)));
        h.add(new StagePoint(atMs + overMs, stageM));
        return new FloodParams(id, waterLonLat, h, bankHeightM, groundRiseMPerKm, maxWidthKm, depthBandsM, protectedAreas);
    }

    /** River stage at time t (linear between points, constant outside). */
    public double stageAt(long tMs) {
        List<StagePoint> h = hydrograph;
        if (tMs <= h.get(0).tMs()) {
            return h.get(0).stageM();
        }
        for (int i = 1; i < h.size(); i++) {
            StagePoint b = h.get(i);
            if (tMs <= b.tMs()) {
                StagePoint a = h.get(i - 1);
                double f = (double) (tMs - a.tMs()) / (b.tMs() - a.tMs());
                return a.stageM() + f * (b.stageM() - a.stageM());
            }
        }
        return h.get(h.size() - 1).stageM();
    }

    /** Water depth (m) at distance {@code distanceM} from the water for a given stage; 0 when dry. */
    public double depthAt(double stageM, double distanceM) {
        if (distanceM > maxWidthKm * 1000.0) {
            return 0;
        }
        return Math.max(0, stageM - bankHeightM - groundRiseMPerKm * distanceM / 1000.0);
    }

    /**
     * Largest distance (m) from the water at which the depth is at least {@code depthM} for the given
     * stage; negative when even the bank is shallower.
     */
    public double reachFor(double stageM, double depthM) {
        double d = (stageM - bankHeightM - depthM) / groundRiseMPerKm * 1000.0;
        return Math.min(d, maxWidthKm * 1000.0);
    }
}
