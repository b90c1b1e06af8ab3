package org.drillsim.hazards.flood;

import org.drillsim.hazards.Check;

import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * Land behind a levee (堤防保护区). It stays dry until the river stage first exceeds the levee crest
 * (overtopping) or the levee is breached at a given time; from then on it floods like unprotected land.
 *
 * @param name          name for reports
 * @param polygonLonLat the protected land, WGS84 lon/lat polygon
 * @param crestStageM   levee crest, metres above the river's normal level
 * @param breachAtMs    time of a breach (溃堤), ms from scenario start; null when the levee holds
 * @param breachWidthM  width of the breach, m, [1, 2000]: sets the outflow and so the Jonkman breach zone
 *                      ({@link FloodModel}); default {@value #DEFAULT_BREACH_WIDTH_M}
 */
public record ProtectedArea(String name, Geometry polygonLonLat, double crestStageM, Long breachAtMs,
                            double breachWidthM) {

    /** Default breach width, m (an assumption: river levee breaches are typically tens to a few hundred m). */
    public static final double DEFAULT_BREACH_WIDTH_M = 100;

    /** A protected area with the default breach width. */
    public ProtectedArea(String name, Geometry polygonLonLat, double crestStageM, Long breachAtMs) {
        this(name, polygonLonLat, crestStageM, breachAtMs, DEFAULT_BREACH_WIDTH_M);
    }

    public ProtectedArea {
        Check.id("protectedArea.name", name);
        Objects.requireNonNull(polygonLonLat, "protectedArea " + name + ": polygon");
        Check.range("protectedArea " + name + ".crestStageM", crestStageM, 0, 50);
        Check.range("protectedArea " + name + ".breachWidthM", breachWidthM, 1, 2000);
        if (breachAtMs != null) {
            Check.time("protectedArea " + name + ".breachAtMs", breachAtMs);
        }
    }
}
