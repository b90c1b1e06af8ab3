package org.drillsim.hazards.fire;

import org.drillsim.hazards.Check;

import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * A suppression effort on a fire: over an area and a time window, the rate of spread into the cells
 * of the area is multiplied by {@code rosFactor}. A factor of 0 is a held line (control line built by
 * a ground crew, 控制线): the fire cannot enter those cells. An air-tanker drop is typically a factor
 * of 0.2–0.5 for a few hours over a strip (assumption; retardant effectiveness varies).
 *
 * @param resource     who does it (team or aircraft id, for reports)
 * @param fromMs       start, ms from scenario start
 * @param toMs         end, ms (Long.MAX_VALUE = until the end of the scenario)
 * @param areaLonLat   where it acts, WGS84 lon/lat polygon (a buffered line for a control line)
 * @param rosFactor    multiplier on the rate of spread into the area, [0, 1)
 */
public record Suppression(String resource, long fromMs, long toMs, Geometry areaLonLat, double rosFactor) {
    public Suppression {
        Check.id("suppression.resource", resource);
        Check.time("suppression " + resource + ".fromMs", fromMs);
        if (toMs <= fromMs) {
            throw new IllegalArgumentException("suppression " + resource + ".toMs: must be after fromMs (" + fromMs
                    + "), got " + toMs);
        }
        Objects.requireNonNull(areaLonLat, "suppression " + resource + ": area");
        if (!(rosFactor >= 0 && rosFactor < 1)) {
            throw new IllegalArgumentException("suppression " + resource + ".rosFactor: expected a number in [0, 1), got "
                    + rosFactor);
        }
    }
}
