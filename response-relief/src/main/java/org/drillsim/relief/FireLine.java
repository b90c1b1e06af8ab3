package org.drillsim.relief;

import org.drillsim.routing.RoadNetwork;
import org.drillsim.hazards.fire.FireParams;
import org.drillsim.hazards.fire.FuelArea;
import org.drillsim.routing.LocalProjection;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * The control line a fire needs and how fast crews build it there: the convex hull of the burned area, sampled
 * just outside (half a fire cell) to find the fuel the line goes through. Stretches over no fuel (roads, built-up
 * land, water) need no line; the rest is weighted by the crews' production rate in each fuel
 * ({@link ReliefRules#lineMetresPerMemberHour(int)}).
 */
final class FireLine {
    /** Distance between samples along the hull, m. */
    private static final double SAMPLE_M = 10;

    /** The line needed now: hull length, its share over fuel, and the crews' mean rate along it. */
    record Need(double hullM, double fuelM, double metresPerMemberHour) {
    }

    private final LocalProjection projection;
    private final double halfCellM;
    private final List<PreparedGeometry> areas = new ArrayList<>();
    private final int[] fuelModels;

    FireLine(FireParams params, LocalProjection projection) {
        this.projection = projection;
        this.halfCellM = params.cellSizeM() / 2;
        List<FuelArea> fuels = params.fuels();
        this.fuelModels = new int[fuels.size()];
        for (int k = 0; k < fuels.size(); k++) {
            Geometry m = projection.toMetres(fuels.get(k).polygonLonLat());
            areas.add(PreparedGeometryFactory.prepare(m.isValid() ? m : m.buffer(0)));
            fuelModels[k] = fuels.get(k).fuelModel();
        }
    }

    /** Fuel model at (x, y) in local metres, 0 where none (the fire grid's rule: the last polygon listed wins). */
    int fuelAt(double x, double y) {
        Geometry p = RoadNetwork.geometryFactory().createPoint(new Coordinate(x, y));
        for (int k = areas.size() - 1; k >= 0; k--) {
            if (areas.get(k).covers(p)) {
                return fuelModels[k];
            }
        }
        return 0;
    }

    /** The line needed around a burned area (lon/lat). */
    Need need(Geometry burnedLonLat) {
        Geometry hull = projection.toMetres(burnedLonLat).convexHull();
        double hullM = hull.getLength();
        Coordinate[] ring = hull.buffer(halfCellM, 4).getBoundary().getCoordinates();
        double total = 0;
        double fuel = 0;
        double hours = 0;   // member-hours per metre, summed over the fuelled samples
        for (int i = 0; i + 1 < ring.length; i++) {
            Coordinate a = ring[i];
            Coordinate b = ring[i + 1];
            double len = a.distance(b);
            int n = Math.max(1, (int) Math.ceil(len / SAMPLE_M));
            double step = len / n;
            for (int s = 0; s < n; s++) {
                double f = (s + 0.5) / n;
                int model = fuelAt(a.x + (b.x - a.x) * f, a.y + (b.y - a.y) * f);
                total += step;
                if (model != 0) {
                    fuel += step;
                    hours += step / ReliefRules.lineMetresPerMemberHour(model);
                }
            }
        }
        if (total == 0 || fuel == 0) {
            return new Need(hullM, 0, 0);
        }
        return new Need(hullM, hullM * fuel / total, fuel / hours);
    }
}
