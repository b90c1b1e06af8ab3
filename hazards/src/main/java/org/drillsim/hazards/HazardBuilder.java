package org.drillsim.hazards;

import org.drillsim.geodata.OsmLayers;
import org.drillsim.geodata.OsmArea;

import org.drillsim.hazards.chemical.DispersionSetting;
import org.drillsim.hazards.fire.FireParams;
import org.drillsim.hazards.fire.FireSpreadModel;
import org.drillsim.hazards.fire.FireWind;
import org.drillsim.hazards.flood.FloodExtentSeries;
import org.drillsim.hazards.flood.FloodModel;
import org.drillsim.hazards.flood.FloodParams;
import org.drillsim.hazards.fire.FuelArea;
import org.drillsim.hazards.fire.FuelMoisture;
import org.drillsim.hazards.chemical.GaussianPlume;
import org.drillsim.hazards.Hazard;
import org.drillsim.routing.LocalProjection;
import org.drillsim.hazards.chemical.PlumeParams;
import org.drillsim.hazards.chemical.PlumeWeather;
import org.drillsim.hazards.flood.ProtectedArea;
import org.drillsim.hazards.chemical.Stability;
import org.drillsim.hazards.flood.StagePoint;
import org.drillsim.format.io.PolygonCheck;
import org.drillsim.format.model.ChemicalLeakSpec;
import org.drillsim.format.model.FloodSpec;
import org.drillsim.format.model.ForestFireSpec;
import org.drillsim.format.model.FuelMoistureSpec;
import org.drillsim.format.model.FuelSource;
import org.drillsim.format.model.HazardSpec;
import org.drillsim.format.model.Levee;
import org.drillsim.format.model.Scenario;
import org.drillsim.format.model.TerrainType;
import org.drillsim.format.model.WindPoint;
import org.locationtech.jts.geom.Geometry;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the hazard package's models from the scenario's hazard specs: units converted (minutes and
 * hours → ms, m → km), flood source water and fire fuel taken from the OSM layers.
 *
 * <p>Fuel from OSM: forest/wood → {@code fuelModelForest}, scrub/heath → {@code fuelModelScrub},
 * grass/meadow → {@code fuelModelGrass}; only polygons within {@code maxRadiusKm} of the ignition.
 */
public final class HazardBuilder {
    private HazardBuilder() {
    }

    /** Milliseconds in a minute / an hour. */
    static final long MINUTE_MS = 60_000L;
    static final long HOUR_MS = 3_600_000L;

    /**
     * The scenario's hazards in file order.
     *
     * @param layers  OSM layers of the map (null on synthetic maps: then only explicit polygons are available)
     * @param baseDir directory for relative paths ({@code extentsGeoJson}); null = working directory
     * @throws IllegalArgumentException one line naming the hazard when its inputs cannot be assembled
     *                                  (no water found for the river names, ignition outside fuel …)
     */
    public static List<Hazard> build(Scenario s, OsmLayers layers, Path baseDir) {
        List<Hazard> out = new ArrayList<>();
        for (HazardSpec h : s.hazards()) {
            if (h instanceof FloodSpec f) {
                out.add(flood(f, layers, baseDir));
            } else if (h instanceof ChemicalLeakSpec c) {
                out.add(new GaussianPlume(plume(c)));
            } else if (h instanceof ForestFireSpec ff) {
                out.add(new FireSpreadModel(fire(ff, layers)));
            }
        }
        return out;
    }

    static Hazard flood(FloodSpec f, OsmLayers layers, Path baseDir) {
        if (f.extentsGeoJson() != null) {
            Path file = baseDir == null ? Path.of(f.extentsGeoJson()) : baseDir.resolve(f.extentsGeoJson());
            try {
                return FloodExtentSeries.readGeoJson(file, f.id(), FloodExtentSeries.Mode.STEP);
            } catch (IOException e) {
                throw new IllegalArgumentException("hazard " + f.id() + ": cannot read flood extents " + file + ": " + e.getMessage());
            }
        }
        return new FloodModel(floodParams(f, layers));
    }

    /** The parametric flood's parameters. */
    public static FloodParams floodParams(FloodSpec f, OsmLayers layers) {
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
                    l.breachAtHours() == null ? null : Math.round(l.breachAtHours() * HOUR_MS)));
        }
        return new FloodParams(f.id(), water, stages, f.groundHeightAtBankM(), f.groundRiseMPerKm(),
                f.maxReachM() / 1000.0, f.depthBandsM(), protectedAreas);
    }

    /** The plume's parameters. */
    public static PlumeParams plume(ChemicalLeakSpec c) {
        Stability stability = Stability.valueOf(c.stability().name());
        List<PlumeWeather> weather = new ArrayList<>();
        for (WindPoint w : c.wind()) {
            weather.add(new PlumeWeather(Math.round(w.atMinutes() * MINUTE_MS), w.speedMPerS(), w.fromDirectionDeg(), stability));
        }
        return new PlumeParams(c.id(), c.source().lon(), c.source().lat(), c.chemical(), c.releaseRateGPerS(),
                c.releaseHeightM(), Math.round(c.startMinutes() * MINUTE_MS),
                c.stopMinutes() == null ? null : Math.round(c.stopMinutes() * MINUTE_MS),
                c.terrain() == TerrainType.RURAL ? DispersionSetting.RURAL : DispersionSetting.URBAN, weather,
                c.maxDistanceM());
    }

    /** The fire's parameters, fuel from OSM or the given polygons. */
    public static FireParams fire(ForestFireSpec f, OsmLayers layers) {
        List<FuelArea> fuels = new ArrayList<>();
        if (f.fuelSource() == FuelSource.POLYGONS) {
            for (List<List<Double>> ring : f.fuelPolygonsLonLat()) {
                fuels.add(new FuelArea(PolygonCheck.toPolygon(ring), f.fuelModelForest()));
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
                        fuels.add(new FuelArea(a.polygon(), model));
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
                fuels, moisture, wind, f.windAdjustmentFactor(), f.slopePct(), f.upslopeDeg(), f.cellSizeM(),
                f.maxRadiusKm(), f.evacuationBufferM(), f.burnoutMinutes(), null);
    }

    private static double distanceM(LocalProjection proj, Geometry lonLat) {
        return proj.toMetres(lonLat).distance(new org.locationtech.jts.geom.GeometryFactory()
                .createPoint(new org.locationtech.jts.geom.Coordinate(0, 0)));
    }
}
