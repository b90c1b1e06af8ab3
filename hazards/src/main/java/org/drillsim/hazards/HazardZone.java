package org.drillsim.hazards;

import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * One zone of a hazard footprint: an area (WGS84 lon/lat polygon or multipolygon) where the
 * hazard's intensity is at least {@link #intensity()}.
 *
 * <p>Levels by kind:
 * <ul>
 *   <li>{@link HazardKind#FLOOD}: level {@code "depth>=0.30m"} etc.; intensity = the band's lower
 *       depth bound in m (water is at least that deep everywhere in the zone). Flood zones are
 *       nested: a deeper band lies inside every shallower one.</li>
 *   <li>{@link HazardKind#CHEMICAL}: level {@code "AEGL-1"}, {@code "AEGL-2"}, {@code "AEGL-3"};
 *       intensity = the AEGL threshold concentration in ppm (the concentration is at least that
 *       inside the zone). Nested the same way.</li>
 *   <li>{@link HazardKind#FIRE}: level {@code "burned"} (everything that has burned, including
 *       the front; intensity 0) and {@code "front"} (cells burning now; intensity = the largest
 *       Byram fireline intensity among them, kW/m).</li>
 *   <li>{@link HazardKind#EARTHQUAKE}: level {@code "PGA>=0.20g"} etc.; intensity = the band's lower PGA bound in
 *       g. Nested like flood bands. Their effects depend on the building stock and the hour as well as on the
 *       shaking, so the model computes them and the zone carries them ({@link #effects()}).</li>
 * </ul>
 * The effect at a point is the effect of the most severe zone that contains it (see
 * {@link HazardEffects}).
 *
 * @param kind      the hazard kind this zone belongs to
 * @param level     level name as listed above
 * @param intensity water depth (m), concentration (ppm) or fireline intensity (kW/m)
 * @param unit      "m", "ppm" or "kW/m"
 * @param polygon   the zone's area, WGS84 lon/lat, a Polygon or MultiPolygon, never empty
 * @param effects   effects the model computed for this zone itself, read by its type's rules; null when the type
 *                  derives them from the intensity alone
 */
public record HazardZone(HazardKind kind, String level, double intensity, String unit, Geometry polygon,
                         ZoneEffects effects) {

    /**
     * Effects a model computed for one of its zones, where they depend on more than the zone's intensity.
     *
     * @param roads   effect on the roads in the zone other than bridges
     * @param bridges effect on the bridges in the zone
     * @param people  effect on the people in the zone
     */
    public record ZoneEffects(RoadEffect roads, RoadEffect bridges, PeopleEffect people) {
        public ZoneEffects {
            Objects.requireNonNull(roads, "roads");
            Objects.requireNonNull(bridges, "bridges");
            Objects.requireNonNull(people, "people");
        }
    }

    /** A zone whose effects its type derives from the intensity. */
    public HazardZone(HazardKind kind, String level, double intensity, String unit, Geometry polygon) {
        this(kind, level, intensity, unit, polygon, null);
    }

    public HazardZone {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(polygon, "polygon");
        if (!Double.isFinite(intensity) || intensity < 0) {
            throw new IllegalArgumentException("zone " + level + ": intensity must be finite and >= 0, got " + intensity);
        }
    }

    /** Effect of this zone on roads inside it (closure or slow-down); bridges: {@link #bridgeEffect()}. */
    public RoadEffect roadEffect() {
        return HazardEffects.roadEffect(this);
    }

    /** Effect of this zone on the bridges inside it. */
    public RoadEffect bridgeEffect() {
        return HazardEffects.bridgeEffect(this);
    }

    /** Effect of this zone on people inside it (displacement, protective action, casualties). */
    public PeopleEffect peopleEffect() {
        return HazardEffects.peopleEffect(this);
    }
}
