package org.drillsim.routing;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;

/**
 * Local equirectangular projection between WGS84 lon/lat (degrees) and metres east/north of an
 * origin: x = R·cos(φ₀)·(λ − λ₀), y = R·(φ − φ₀), R = 6,371,008.8 m (IUGG mean Earth radius).
 *
 * <p>Why this one: hazards cover at most a few tens of kilometres, where the scale error of this
 * projection is below ~0.1 % at 10 km north–south from the origin (error ≈ Δφ·tan φ₀) — far below the
 * models' own uncertainty — and it is exact to invert and has no dependency. Do not use it over
 * hundreds of kilometres.
 */
public final class LocalProjection {

    /** Mean Earth radius, m (IUGG). */
    public static final double EARTH_RADIUS_M = 6_371_008.8;

    private final double lon0;
    private final double lat0;
    private final double mPerDegLon;
    private final double mPerDegLat;

    /**
     * @param originLon origin longitude, degrees in [-180, 180]
     * @param originLat origin latitude, degrees in (-85, 85)
     */
    public LocalProjection(double originLon, double originLat) {
        if (!(originLon >= -180 && originLon <= 180) || !(originLat > -85 && originLat < 85)) {
            throw new IllegalArgumentException("projection origin out of range: lon=" + originLon + " lat=" + originLat);
        }
        this.lon0 = originLon;
        this.lat0 = originLat;
        this.mPerDegLat = EARTH_RADIUS_M * Math.PI / 180.0;
        this.mPerDegLon = mPerDegLat * Math.cos(Math.toRadians(originLat));
    }

    public double originLon() {
        return lon0;
    }

    public double originLat() {
        return lat0;
    }

    /** Metres east of the origin. */
    public double x(double lon) {
        return (lon - lon0) * mPerDegLon;
    }

    /** Metres north of the origin. */
    public double y(double lat) {
        return (lat - lat0) * mPerDegLat;
    }

    /** Longitude of a point {@code x} metres east of the origin. */
    public double lon(double x) {
        return lon0 + x / mPerDegLon;
    }

    /** Latitude of a point {@code y} metres north of the origin. */
    public double lat(double y) {
        return lat0 + y / mPerDegLat;
    }

    /** A copy of a lon/lat geometry in local metres. */
    public Geometry toMetres(Geometry lonLat) {
        Geometry g = lonLat.copy();
        g.apply(new Filter(true));
        g.geometryChanged();
        return g;
    }

    /** A copy of a local-metre geometry in lon/lat. */
    public Geometry toLonLat(Geometry metres) {
        Geometry g = metres.copy();
        g.apply(new Filter(false));
        g.geometryChanged();
        return g;
    }

    /** Distance in metres between two lon/lat points (through this projection). */
    public double distanceM(double lon1, double lat1, double lon2, double lat2) {
        return Math.hypot(x(lon2) - x(lon1), y(lat2) - y(lat1));
    }

    private final class Filter implements CoordinateSequenceFilter {
        private final boolean forward;

        Filter(boolean forward) {
            this.forward = forward;
        }

        @Override
        public void filter(CoordinateSequence seq, int i) {
            Coordinate c = seq.getCoordinate(i);
            if (forward) {
                seq.setOrdinate(i, 0, x(c.x));
                seq.setOrdinate(i, 1, y(c.y));
            } else {
                seq.setOrdinate(i, 0, lon(c.x));
                seq.setOrdinate(i, 1, lat(c.y));
            }
        }

        @Override
        public boolean isDone() {
            return false;
        }

        @Override
        public boolean isGeometryChanged() {
            return true;
        }
    }
}
