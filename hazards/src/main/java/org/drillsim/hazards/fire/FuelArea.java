package org.drillsim.hazards.fire;

import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * An area of one fuel type (forest, wood, scrub, grass polygon from OSM or drawn by hand).
 *
 * @param polygonLonLat the area, WGS84 lon/lat polygon or multipolygon
 * @param fuelModel     Anderson (1982) / Albini (1976) fuel model number 1–13
 *                      (1 short grass, 2 timber grass and understory, 3 tall grass, 4 chaparral, 5 brush,
 *                      6 dormant brush, 7 southern rough, 8 closed timber litter, 9 hardwood litter,
 *                      10 timber litter and understory, 11 light slash, 12 medium slash, 13 heavy slash)
 */
public record FuelArea(Geometry polygonLonLat, int fuelModel) {
    public FuelArea {
        Objects.requireNonNull(polygonLonLat, "fuel area polygon");
        if (fuelModel < 1 || fuelModel > 13) {
            throw new IllegalArgumentException("fuelModel: expected an Anderson fuel model number 1-13, got " + fuelModel);
        }
    }
}
