package org.drillsim.hazards;

import org.drillsim.routing.LocalProjection;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/** Test geometry: rectangles given in metres around an origin near Harbin, returned in lon/lat. */
public final class Shapes {

    public static final double LON0 = 126.60;
    public static final double LAT0 = 45.75;
    public static final LocalProjection P = new LocalProjection(LON0, LAT0);
    private static final GeometryFactory GF = new GeometryFactory();

    private Shapes() {
    }

    /** Rectangle [x0, x1] × [y0, y1] in metres east/north of the origin, as a lon/lat polygon. */
    public static Geometry rect(double x0, double y0, double x1, double y1) {
        Geometry m = GF.createPolygon(new Coordinate[] {new Coordinate(x0, y0), new Coordinate(x1, y0),
                new Coordinate(x1, y1), new Coordinate(x0, y1), new Coordinate(x0, y0)});
        return P.toLonLat(m);
    }

    public static double lon(double xM) {
        return P.lon(xM);
    }

    public static double lat(double yM) {
        return P.lat(yM);
    }

    /** Area of a lon/lat geometry in m². */
    public static double areaM2(Geometry lonLat) {
        return P.toMetres(lonLat).getArea();
    }
}
