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
    private final PointPeopleEffect pointEffect;
    private final String pointEffectKey;

    /**
     * The effect on people at a point of a zone, from the hazard's own field there rather than the zone's bound
     * (a flood evaluates mortality at the point's own depth); null when the hazard has none.
     */
    @FunctionalInterface
    public interface PointPeopleEffect {
        /** The effect at (lon, lat), known to lie in {@code zone}. */
        PeopleEffect at(HazardZone zone, double lon, double lat);
    }

    /**
     * @param hazardId the hazard that produced it
     * @param kind     the hazard's kind
     * @param timeMs   simulated time, ms from scenario start
     * @param zones    the zones, in increasing severity (may be empty)
     */
    public HazardFootprint(String hazardId, HazardKind kind, long timeMs, List<HazardZone> zones) {
        this(hazardId, kind, timeMs, zones, null, "");
    }

    /**
     * A footprint whose people effects are evaluated point by point with {@code pointEffect} (null = by zone);
     * {@code pointEffectKey} names what they depend on beyond the zones (equal zones and keys: equal effects).
     */
    public HazardFootprint(String hazardId, HazardKind kind, long timeMs, List<HazardZone> zones,
                           PointPeopleEffect pointEffect, String pointEffectKey) {
        this.hazardId = Objects.requireNonNull(hazardId, "hazardId");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.timeMs = timeMs;
        this.zones = List.copyOf(zones);
        this.pointEffect = pointEffect;
        this.pointEffectKey = Objects.requireNonNull(pointEffectKey, "pointEffectKey");
    }

    /** What the point effects depend on beyond the zones ("" when effects are by zone). */
    public String pointEffectKey() {
        return pointEffectKey;
    }

    /** Effect on people at (lon, lat) inside {@code zone}: the hazard's point value, else the zone's. */
    public PeopleEffect peopleEffectAt(HazardZone zone, double lon, double lat) {
        return pointEffect == null ? zone.peopleEffect() : pointEffect.at(zone, lon, lat);
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
        return worst == null ? PeopleEffect.NONE : peopleEffectAt(worst, lon, lat);
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
