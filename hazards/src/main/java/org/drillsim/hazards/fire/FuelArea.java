package org.drillsim.hazards.fire;

import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * An area of one fuel type (forest, wood, scrub, grass polygon from OSM or drawn by hand).
 *
 * @param polygonLonLat the area, WGS84 lon/lat polygon or multipolygon
 * @param fuelModel     a standard fuel model number: Anderson (1982) 1–13 (1 short grass, 2 timber grass and
 *                      understory, 3 tall grass, 4 chaparral, 5 brush, 6 dormant brush, 7 southern rough, 8 closed
 *                      timber litter, 9 hardwood litter, 10 timber litter and understory, 11–13 slash) or Scott &amp;
 *                      Burgan (2005) 101–204 (GR1–GR9, GS1–GS4, SH1–SH9, TU1–TU5, TL1–TL9, SB1–SB4)
 * @param canopy        the tree canopy over the area, for the wind adjustment factor; null = open (unsheltered)
 */
public record FuelArea(Geometry polygonLonLat, int fuelModel, Canopy canopy) {
    public FuelArea {
        Objects.requireNonNull(polygonLonLat, "fuel area polygon");
        if (!FuelModels.exists(fuelModel)) {
            throw new IllegalArgumentException("fuelModel: expected an Anderson fuel model number 1-13 or a Scott & Burgan"
                    + " number 101-204, got " + fuelModel);
        }
    }

    /** An open area (no canopy). */
    public FuelArea(Geometry polygonLonLat, int fuelModel) {
        this(polygonLonLat, fuelModel, null);
    }

    /** The fuel class (model and canopy) that decides the fire behaviour in the area. */
    FuelClass fuelClass() {
        return new FuelClass(fuelModel, canopy);
    }

    /** A fuel model under a canopy (null = open): cells of one class burn alike. */
    record FuelClass(int fuelModel, Canopy canopy) {
    }
}
