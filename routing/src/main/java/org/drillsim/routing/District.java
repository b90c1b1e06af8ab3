package org.drillsim.routing;

import org.locationtech.jts.geom.Polygon;

/**
 * A named area of a map (an administrative district of the synthetic city, for instance).
 * Geometry is in WGS84 with x = longitude, y = latitude.
 *
 * @param name    display name, Chinese first (e.g. 江北区)
 * @param polygon the area outline
 */
public record District(String name, Polygon polygon) {
}
