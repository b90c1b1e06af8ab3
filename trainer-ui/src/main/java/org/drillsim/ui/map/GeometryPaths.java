package org.drillsim.ui.map;

import javafx.scene.canvas.GraphicsContext;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Projected rings of lon/lat JTS polygons, cached per geometry object: hazard models hand out the same
 * footprint object for the same time step, so a footprint is projected once and then only transformed
 * to the screen. Used on the JavaFX thread only.
 */
final class GeometryPaths {
    private static final int CAPACITY = 256;

    private final MapProjection projection;
    private final int capacity;
    // Identity, not equals(): JTS equality is a costly topological test.
    private final Map<Key, List<double[]>> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, List<double[]>> eldest) {
            return size() > capacity;
        }
    };

    /** A geometry compared by identity. */
    private record Key(Geometry g) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.g == g;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(g);
        }
    }

    GeometryPaths(MapProjection projection) {
        this(projection, CAPACITY);
    }

    /** Keeps up to {@code capacity} geometries (the fixed water layer keeps all of its polygons). */
    GeometryPaths(MapProjection projection, int capacity) {
        this.projection = projection;
        this.capacity = capacity;
    }

    /** Adds the polygon rings of {@code g} (any polygonal geometry) to the current path of {@code gc}. */
    void appendPolygons(GraphicsContext gc, Geometry g, Viewport view) {
        for (double[] ring : rings(g)) {
            gc.moveTo(view.screenX(ring[0]), view.screenY(ring[1]));
            for (int i = 2; i < ring.length; i += 2) gc.lineTo(view.screenX(ring[i]), view.screenY(ring[i + 1]));
            gc.closePath();
        }
    }

    /** Projected rings (interleaved x, y) of every polygon in {@code g}. */
    List<double[]> rings(Geometry g) {
        return cache.computeIfAbsent(new Key(g), k -> {
            List<double[]> rings = new ArrayList<>();
            collect(g, rings);
            return rings;
        });
    }

    private void collect(Geometry g, List<double[]> out) {
        if (g instanceof Polygon p) {
            out.add(project(p.getExteriorRing()));
            for (int i = 0; i < p.getNumInteriorRing(); i++) out.add(project(p.getInteriorRingN(i)));
        } else {
            for (int i = 0; i < g.getNumGeometries(); i++) {
                Geometry part = g.getGeometryN(i);
                if (part != g) collect(part, out);
            }
        }
    }

    private double[] project(LineString ring) {
        Coordinate[] cs = ring.getCoordinates();
        double[] xy = new double[2 * cs.length];
        for (int i = 0; i < cs.length; i++) {
            xy[2 * i] = projection.x(cs[i].x);
            xy[2 * i + 1] = projection.y(cs[i].y);
        }
        return xy;
    }
}
