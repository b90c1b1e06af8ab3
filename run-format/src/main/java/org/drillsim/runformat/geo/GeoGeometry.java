package org.drillsim.runformat.geo;

import java.util.ArrayList;
import java.util.List;

/** A geometry of a map feature, in WGS84 longitude / latitude. */
public sealed interface GeoGeometry permits GeoGeometry.Point, GeoGeometry.LineString, GeoGeometry.Polygon,
        GeoGeometry.MultiPolygon {

    /** A single position, e.g. a hospital. */
    record Point(LonLat at) implements GeoGeometry {
        public Point {
            java.util.Objects.requireNonNull(at, "at");
        }
    }

    /** A line through two or more positions, e.g. a closed road. */
    record LineString(List<LonLat> points) implements GeoGeometry {
        public LineString {
            points = List.copyOf(points);
            if (points.size() < 2) {
                throw new IllegalArgumentException("a line needs at least 2 positions, got " + points.size());
            }
        }
    }

    /**
     * An area: the outer ring, then any holes. Rings may be given open or closed, in either
     * orientation; writers close them and orient them as their format requires.
     */
    record Polygon(List<List<LonLat>> rings) implements GeoGeometry {
        public Polygon {
            if (rings.isEmpty()) {
                throw new IllegalArgumentException("a polygon needs an outer ring");
            }
            List<List<LonLat>> copy = new ArrayList<>();
            for (int i = 0; i < rings.size(); i++) {
                List<LonLat> ring = List.copyOf(rings.get(i));
                int distinct = ring.size() - (ring.size() > 1 && ring.get(0).equals(ring.get(ring.size() - 1)) ? 1 : 0);
                if (distinct < 3) {
                    throw new IllegalArgumentException("polygon ring " + (i + 1) + " needs at least 3 distinct positions, got " + distinct);
                }
                copy.add(ring);
            }
            rings = List.copyOf(copy);
        }

        /** A polygon without holes. */
        public static Polygon of(List<LonLat> outer) {
            return new Polygon(List.of(outer));
        }
    }

    /** Several areas taken as one, e.g. a flood extent in separate pieces. */
    record MultiPolygon(List<Polygon> polygons) implements GeoGeometry {
        public MultiPolygon {
            polygons = List.copyOf(polygons);
            if (polygons.isEmpty()) {
                throw new IllegalArgumentException("a multipolygon needs at least one polygon");
            }
        }
    }
}
