package org.drillsim.geodata;

import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.index.strtree.STRtree;

import java.util.ArrayList;
import java.util.List;

/**
 * Named administrative areas (区县) for scoring per district: from the OSM extract's boundaries
 * ({@link OsmLayers#districts()}) or a boundary GeoJSON the scenario names. Point lookups go through an STR-tree of
 * the areas' envelopes and an indexed point-in-polygon locator per area. Immutable and thread-safe once built.
 */
public final class Districts {
    /** No districts: everything is scored for the whole area only. */
    public static final Districts NONE = new Districts(List.of());

    /**
     * One district.
     *
     * @param name its name (e.g. 松北区)
     * @param area Polygon or MultiPolygon, lon/lat
     */
    public record District(String name, Geometry area) {
    }

    private final List<District> list;
    private final List<IndexedPointInAreaLocator> locators = new ArrayList<>();
    private final STRtree index = new STRtree();

    private Districts(List<District> list) {
        this.list = List.copyOf(list);
        for (int i = 0; i < this.list.size(); i++) {
            Geometry g = this.list.get(i).area();
            IndexedPointInAreaLocator loc = new IndexedPointInAreaLocator(g);
            loc.locate(g.getEnvelopeInternal().centre()); // builds its lazy index now, before threads share it
            locators.add(loc);
            index.insert(g.getEnvelopeInternal(), i);
        }
        index.build();
    }

    /** Districts in the given order (a point in two areas belongs to the first). */
    public static Districts of(List<District> list) {
        List<String> seen = new ArrayList<>();
        for (District d : list) {
            if (seen.contains(d.name())) {
                throw new IllegalArgumentException("district '" + d.name() + "' given twice");
            }
            seen.add(d.name());
        }
        return list.isEmpty() ? NONE : new Districts(list);
    }

    /** The OSM extract's districts. */
    public static Districts fromOsm(List<OsmArea> areas) {
        List<District> out = new ArrayList<>();
        for (OsmArea a : areas) {
            if (!a.name().isBlank() && out.stream().noneMatch(d -> d.name().equals(a.name()))) {
                out.add(new District(a.name(), a.polygon()));
            }
        }
        return of(out);
    }

    public List<District> all() {
        return list;
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public int size() {
        return list.size();
    }

    /** The names, in order. */
    public List<String> names() {
        return list.stream().map(District::name).toList();
    }

    /** Index of the district named {@code name}, or -1. */
    public int indexOf(String name) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    /** Index of the district holding the point (boundary included), or -1 when it lies in none. */
    public int indexAt(double lon, double lat) {
        @SuppressWarnings("unchecked")
        List<Integer> hits = index.query(new Envelope(lon, lon, lat, lat));
        int best = -1;
        Coordinate c = new Coordinate(lon, lat);
        for (int i : hits) {
            if ((best < 0 || i < best) && locators.get(i).locate(c) != Location.EXTERIOR) {
                best = i;
            }
        }
        return best;
    }
}
