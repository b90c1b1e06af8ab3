package org.drillsim.hazards.fire;

import org.drillsim.format.io.PolygonCheck;
import org.drillsim.format.model.ForestFireSpec;
import org.drillsim.format.model.FuelMoistureSpec;
import org.drillsim.format.model.FuelSource;
import org.drillsim.geodata.OsmArea;
import org.drillsim.geodata.OsmLayers;
import org.drillsim.hazards.Hazard;
import org.drillsim.hazards.HazardContext;
import org.drillsim.hazards.HazardKind;
import org.drillsim.hazards.HazardLook;
import org.drillsim.hazards.HazardLook.Rgba;
import org.drillsim.hazards.HazardLook.ZoneLook;
import org.drillsim.hazards.HazardType;
import org.drillsim.hazards.HazardZone;
import org.drillsim.hazards.PeopleEffect;
import org.drillsim.hazards.ProtectiveAction;
import org.drillsim.hazards.RoadEffect;
import org.drillsim.routing.LocalProjection;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

import java.util.ArrayList;
import java.util.List;

import static org.drillsim.hazards.HazardEffects.BURNED_ROAD_SPEED_FACTOR;
import static org.drillsim.hazards.HazardEffects.FIRE_BURNED;
import static org.drillsim.hazards.HazardEffects.FIRE_EVACUATION;
import static org.drillsim.hazards.HazardEffects.FIRE_FRONT;
import static org.drillsim.hazards.HazardEffects.FIRE_FRONT_FATALITY;
import static org.drillsim.hazards.HazardEffects.FIRE_FRONT_INJURY;

/**
 * Forest / grass fire ({@code type: forest-fire}) played by the {@link FireSpreadModel}; minutes → ms.
 *
 * <p>Fuel from OSM: forest/wood → {@code fuelModelForest}, scrub/heath → {@code fuelModelScrub},
 * grass/meadow → {@code fuelModelGrass}; only polygons within {@code maxRadiusKm} of the ignition.
 */
public final class ForestFireType implements HazardType<ForestFireSpec> {
    private static final long MINUTE_MS = 60_000L;
    private static final HazardLook LOOK = new HazardLook("森林火灾", "forest fire", Rgba.hex("#b71c1c"), List.of(
            new ZoneLook(FIRE_EVACUATION, "疏散区", "evacuation zone", Rgba.hex("#ff8c0038")),
            new ZoneLook(FIRE_BURNED, "过火区", "burned area", Rgba.hex("#3c281e8c")),
            new ZoneLook(FIRE_FRONT, "火线", "fire front", Rgba.hex("#e62800bf"))), false);

    @Override
    public String typeName() {
        return "forest-fire";
    }

    @Override
    public Class<ForestFireSpec> specClass() {
        return ForestFireSpec.class;
    }

    @Override
    public HazardKind kind() {
        return HazardKind.FIRE;
    }

    @Override
    public Hazard build(ForestFireSpec spec, HazardContext context) {
        return new FireSpreadModel(params(spec, context.layers()));
    }

    /** The fire's parameters, fuel from OSM or the given polygons. */
    public static FireParams params(ForestFireSpec f, OsmLayers layers) {
        List<FuelArea> fuels = new ArrayList<>();
        if (f.fuelSource() == FuelSource.POLYGONS) {
            for (List<List<Double>> ring : f.fuelPolygonsLonLat()) {
                fuels.add(new FuelArea(PolygonCheck.toPolygon(ring), f.fuelModelForest(), forestCanopy(f)));
            }
        } else {
            if (layers == null) {
                throw new IllegalArgumentException("hazard " + f.id() + ": fuelSource osm needs an OSM extract map");
            }
            LocalProjection proj = new LocalProjection(f.ignition().lon(), f.ignition().lat());
            double reachM = f.maxRadiusKm() * 1000;
            // grass first, forest last: where polygons overlap the later one wins (FireParams)
            for (String kind : List.of("grass", "scrub", "forest")) {
                int model = switch (kind) {
                    case "grass" -> f.fuelModelGrass();
                    case "scrub" -> f.fuelModelScrub();
                    default -> f.fuelModelForest();
                };
                for (OsmArea a : layers.fuel()) {
                    if (a.kind().equals(kind) && distanceM(proj, a.polygon()) <= reachM) {
                        fuels.add(new FuelArea(a.polygon(), model, kind.equals("forest") ? forestCanopy(f) : null));
                    }
                }
            }
        }
        if (fuels.isEmpty()) {
            throw new IllegalArgumentException("hazard " + f.id() + ": no fuel polygons within " + f.maxRadiusKm()
                    + " km of the ignition");
        }
        FuelMoistureSpec m = f.moisture();
        FuelMoisture moisture = new FuelMoisture(m.dead1hPct(), m.dead10hPct(), m.dead100hPct(), m.liveHerbPct(), m.liveWoodyPct());
        List<FireWind> wind = f.wind().stream()
                .map(w -> new FireWind(Math.round(w.atMinutes() * MINUTE_MS), w.speedMPerS(), w.fromDirectionDeg())).toList();
        return new FireParams(f.id(), f.ignition().lon(), f.ignition().lat(), Math.round(f.ignitionMinutes() * MINUTE_MS),
                fuels, moisture, wind, f.windAdjustmentFactor(), f.windLimit(), f.slopePct(), f.upslopeDeg(), f.cellSizeM(),
                f.maxRadiusKm(), f.evacuationBufferM(), f.burnoutMinutes(), null);
    }

    /** The canopy over forest / wood areas (grass and scrub are open). */
    private static Canopy forestCanopy(ForestFireSpec f) {
        return new Canopy(f.canopyCoverPct() / 100, f.canopyHeightM(), f.crownRatio());
    }

    private static double distanceM(LocalProjection proj, Geometry lonLat) {
        return proj.toMetres(lonLat).distance(new GeometryFactory().createPoint(new Coordinate(0, 0)));
    }

    /** The front closes roads to everyone; the burned area slows them; the evacuation zone leaves them open. */
    @Override
    public RoadEffect roadEffect(HazardZone zone) {
        return switch (zone.level()) {
            case FIRE_FRONT -> new RoadEffect(true, true, 1.0, "fire front");
            case FIRE_BURNED -> new RoadEffect(false, false, BURNED_ROAD_SPEED_FACTOR, "burned area");
            default -> RoadEffect.OPEN;
        };
    }

    @Override
    public PeopleEffect peopleEffect(HazardZone zone) {
        return switch (zone.level()) {
            case FIRE_FRONT -> new PeopleEffect(true, ProtectiveAction.EVACUATE, FIRE_FRONT_INJURY,
                    FIRE_FRONT_FATALITY, "fire front");
            case FIRE_BURNED, FIRE_EVACUATION -> new PeopleEffect(true, ProtectiveAction.EVACUATE, 0, 0,
                    zone.level().equals(FIRE_BURNED) ? "burned area" : "fire evacuation zone");
            default -> PeopleEffect.NONE;
        };
    }

    @Override
    public double severity(HazardZone zone) {
        return switch (zone.level()) {
            case FIRE_FRONT -> 3;
            case FIRE_BURNED -> 2;
            case FIRE_EVACUATION -> 1;
            default -> 0;
        };
    }

    @Override
    public HazardLook look() {
        return LOOK;
    }

    @Override
    public boolean windDriven() {
        return true;
    }

    /** Fire zones overlap rather than nest: the front lies on the burned area's edge. */
    @Override
    public boolean nestedZones() {
        return false;
    }
}
