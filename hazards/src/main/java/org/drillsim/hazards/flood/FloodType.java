package org.drillsim.hazards.flood;

import org.drillsim.format.io.PolygonCheck;
import org.drillsim.format.model.FloodSpec;
import org.drillsim.format.model.Levee;
import org.drillsim.geodata.OsmArea;
import org.drillsim.geodata.OsmLayers;
import org.drillsim.hazards.Hazard;
import org.drillsim.hazards.HazardContext;
import org.drillsim.hazards.HazardEffects;
import org.drillsim.hazards.HazardKind;
import org.drillsim.hazards.HazardLook;
import org.drillsim.hazards.HazardLook.Rgba;
import org.drillsim.hazards.HazardLook.ZoneLook;
import org.drillsim.hazards.HazardType;
import org.drillsim.hazards.HazardZone;
import org.drillsim.hazards.PeopleEffect;
import org.drillsim.hazards.RoadEffect;
import org.locationtech.jts.geom.Geometry;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * River flood ({@code type: flood}): imported extents ({@code extentsGeoJson}) or the parametric model, its source
 * water from the named OSM water polygons and the given river polygons; hours → ms, m → km.
 */
public final class FloodType implements HazardType<FloodSpec> {
    private static final long HOUR_MS = 3_600_000L;
    private static final HazardLook LOOK = new HazardLook("洪水", "flood", Rgba.hex("#0d47a1"), List.of(
            new ZoneLook("shallow", "浅水", "shallow water", Rgba.hex("#9dc8f273")),
            new ZoneLook("deep", "深水", "deep water", Rgba.hex("#074a8c73"))), true);

    @Override
    public String typeName() {
        return "flood";
    }

    @Override
    public Class<FloodSpec> specClass() {
        return FloodSpec.class;
    }

    @Override
    public HazardKind kind() {
        return HazardKind.FLOOD;
    }

    @Override
    public Hazard build(FloodSpec f, HazardContext context) {
        if (f.extentsGeoJson() != null) {
            Path file = context.resolve(f.extentsGeoJson());
            try {
                return FloodExtentSeries.readGeoJson(file, f.id(), FloodExtentSeries.Mode.STEP);
            } catch (IOException e) {
                throw new IllegalArgumentException("hazard " + f.id() + ": cannot read flood extents " + file + ": " + e.getMessage());
            }
        }
        return new FloodModel(params(f, context.layers()));
    }

    /** The parametric flood's parameters. */
    public static FloodParams params(FloodSpec f, OsmLayers layers) {
        List<Geometry> water = new ArrayList<>();
        if (!f.riverNames().isEmpty() || !f.riverOsmIds().isEmpty()) {
            if (layers == null) {
                throw new IllegalArgumentException("hazard " + f.id() + ": riverNames/riverOsmIds need an OSM extract map");
            }
            for (OsmArea a : layers.water()) {
                boolean byName = !a.name().isBlank() && f.riverNames().stream().anyMatch(n -> a.name().contains(n));
                if (byName || f.riverOsmIds().contains(a.osmId())) {
                    water.add(a.polygon());
                }
            }
            if (water.isEmpty()) {
                throw new IllegalArgumentException("hazard " + f.id() + ": no OSM water polygon named " + f.riverNames()
                        + " or with id " + f.riverOsmIds() + " in " + layers.source());
            }
        }
        for (List<List<Double>> ring : f.riverPolygonsLonLat()) {
            water.add(PolygonCheck.toPolygon(ring));
        }
        List<StagePoint> stages = f.hydrograph().stream()
                .map(p -> new StagePoint(Math.round(p.atHours() * HOUR_MS), p.stageM())).toList();
        List<ProtectedArea> protectedAreas = new ArrayList<>();
        for (Levee l : f.levees()) {
            protectedAreas.add(new ProtectedArea(l.id(), PolygonCheck.toPolygon(l.polygonLonLat()), l.crestStageM(),
                    l.breachAtHours() == null ? null : Math.round(l.breachAtHours() * HOUR_MS), l.breachWidthM()));
        }
        return new FloodParams(f.id(), water, stages, f.groundHeightAtBankM(), f.groundRiseMPerKm(),
                f.maxReachM() / 1000.0, f.depthBandsM(), protectedAreas);
    }

    @Override
    public RoadEffect roadEffect(HazardZone zone) {
        return HazardEffects.floodRoadEffect(zone.intensity());
    }

    @Override
    public PeopleEffect peopleEffect(HazardZone zone) {
        return HazardEffects.floodPeopleEffect(zone.intensity());
    }

    @Override
    public double severity(HazardZone zone) {
        return zone.intensity();
    }

    @Override
    public HazardLook look() {
        return LOOK;
    }

    @Override
    public boolean bridgesAboveFootprint() {
        return true;
    }

    @Override
    public boolean trapsResidents() {
        return true;
    }
}
