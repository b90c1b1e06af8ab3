package org.drillsim.hazards;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * What a hazard covers at one simulated time: a list of zones (WGS84 polygons with an intensity).
 * Immutable; point queries use prepared geometries built on first use.
 */
public final class HazardFootprint {

    private static final GeometryFactory WGS84 = new GeometryFactory();

    private final String hazardId;
    private final HazardKind kind;
    private final long timeMs;
    private final List<HazardZone> zones;
    private volatile List<PreparedGeometry> prepared;

    /**
     * @param hazardId the hazard that produced it
     * @param kind     the hazard's kind
     * @param timeMs   simulated time, ms from scenario start
     * @param zones    the zones, in increasing severity (may be empty)
     */
    public HazardFootprint(String hazardId, HazardKind kind, long timeMs, List<HazardZone> zones) {
        this.hazardId = Objects.requireNonNull(hazardId, "hazardId");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.timeMs = timeMs;
        this.zones = List.copyOf(zones);
    }

    /** An empty footprint (the hazard has not started, or has ended). */
    public static HazardFootprint empty(String hazardId, HazardKind kind, long timeMs) {
        return new HazardFootprint(hazardId, kind, timeMs, List.of());
    }

    public String hazardId() {
        return hazardId;
    }

    public HazardKind kind() {
        return kind;
    }

    /** Simulated time of this footprint, ms from scenario start. */
    public long timeMs() {
        return timeMs;
    }

    /** The zones, in increasing severity. */
    public List<HazardZone> zones() {
        return zones;
    }

    public boolean isEmpty() {
        return zones.isEmpty();
    }

    /** The zones with the given level name (e.g. "AEGL-3", "front"). */
    public List<HazardZone> zonesWithLevel(String level) {
        List<HazardZone> out = new ArrayList<>();
        for (HazardZone z : zones) {
            if (z.level().equals(level)) {
                out.add(z);
            }
        }
        return out;
    }

    /** All zones containing the point (lon, lat), in increasing severity. */
    public List<HazardZone> zonesAt(double lon, double lat) {
        List<PreparedGeometry> prep = prepared();
        Point p = WGS84.createPoint(new Coordinate(lon, lat));
        List<HazardZone> out = new ArrayList<>();
        for (int i = 0; i < zones.size(); i++) {
            if (prep.get(i).covers(p)) {
                out.add(zones.get(i));
            }
        }
        return out;
    }

    /** The most severe zone containing (lon, lat), or null when the point is outside every zone. */
    public HazardZone worstZoneAt(double lon, double lat) {
        HazardZone worst = null;
        for (HazardZone z : zonesAt(lon, lat)) {
            if (worst == null || HazardEffects.severity(z) > HazardEffects.severity(worst)) {
                worst = z;
            }
        }
        return worst;
    }

    /** Effect on a road at (lon, lat): the most restrictive effect of the zones containing it. */
    public RoadEffect roadEffectAt(double lon, double lat) {
        RoadEffect effect = RoadEffect.OPEN;
        for (HazardZone z : zonesAt(lon, lat)) {
            effect = effect.combine(z.roadEffect());
        }
        return effect;
    }

    /** Effect on people at (lon, lat): the effect of the most severe zone containing it. */
    public PeopleEffect peopleEffectAt(double lon, double lat) {
        HazardZone worst = worstZoneAt(lon, lat);
        return worst == null ? PeopleEffect.NONE : worst.peopleEffect();
    }

    private List<PreparedGeometry> prepared() {
        List<PreparedGeometry> p = prepared;
        if (p == null) {
            List<PreparedGeometry> built = new ArrayList<>(zones.size());
            for (HazardZone z : zones) {
                built.add(PreparedGeometryFactory.prepare(z.polygon()));
            }
            p = List.copyOf(built);
            prepared = p;
        }
        return p;
    }

    @Override
    public String toString() {
        return "HazardFootprint[" + hazardId + " " + kind.id() + " t=" + timeMs + "ms zones=" + zones.size() + "]";
    }
}
