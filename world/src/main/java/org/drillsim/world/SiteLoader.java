package org.drillsim.world;

import org.drillsim.routing.MapLocator;
import org.drillsim.routing.RoadNetwork;
import org.drillsim.routing.RoadNetworkLoader;
import org.drillsim.routing.SyntheticCity;
import org.drillsim.hazards.Hazard;
import org.drillsim.format.model.BBox;
import org.drillsim.format.model.Depot;
import org.drillsim.format.model.HelicopterBase;
import org.drillsim.format.model.Hospital;
import org.drillsim.format.model.PopulationMethod;
import org.drillsim.format.model.Scenario;
import org.drillsim.format.model.Shelter;
import org.drillsim.format.model.Station;
import org.drillsim.geodata.FacilityResolver;
import org.drillsim.hazards.HazardTypes;
import org.drillsim.geodata.OsmLayerCache;
import org.drillsim.geodata.OsmLayers;
import org.drillsim.geodata.PopulationGrid;
import org.drillsim.geodata.ResolvedFacilities;
import org.drillsim.hazards.flood.FloodModel;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Builds a {@link ScenarioSite} from a scenario file: the road network (the named OSM extract through the map
 * search path and cache, or the scenario's synthetic city), the OSM layers, the facilities (listed and imported,
 * {@link FacilityResolver}), the population grid ({@link PopulationGrid}: from OSM buildings / land use, or
 * uniform over the road nodes), the hazard models ({@link HazardTypes}) and their timeline. The population grid
 * and the timeline (most of the load time) come from the disk {@link SiteCache} when it holds them.
 */
public final class SiteLoader {
    private SiteLoader() {
    }

    /**
     * Loads the site.
     *
     * @param s         the scenario
     * @param baseDir   directory of the scenario file (relative paths), or null
     * @param mapOption the {@code --map} option (an explicit extract), or null
     * @param progress  receives one-line progress messages (zh / en), may be null
     * @throws org.drillsim.routing.MapImportException when the extract cannot be found or read
     * @throws IllegalArgumentException                one line when facilities, population or hazards cannot be built
     */
    public static ScenarioSite load(Scenario s, Path baseDir, Path mapOption, Consumer<String> progress) {
        return load(s, baseDir, mapOption, progress, SiteCache.defaultCache());
    }

    /**
     * Loads the site, reading the population grid and the hazard timeline from {@code cache} when an entry for
     * this scenario, map and program version exists, and storing them there otherwise.
     *
     * @param cache the disk cache ({@link SiteCache#disabled()} to always compute)
     * @see #load(Scenario, Path, Path, Consumer)
     */
    public static ScenarioSite load(Scenario s, Path baseDir, Path mapOption, Consumer<String> progress, SiteCache cache) {
        Consumer<String> say = progress == null ? m -> { } : progress;
        Consumer<String> notices = progress == null ? System.err::println : progress; // a rebuilt cache is always said
        RoadNetwork net;
        OsmLayers layers = null;
        Path pbf = null;
        String mapNote;
        if (s.map().synthetic() != null && mapOption == null) {
            net = SyntheticCity.generate(s.map().synthetic().seed(), s.map().synthetic().approxNodes());
            mapNote = "合成城市（非真实地图）/ synthetic city (not a real map): " + net.nodeCount() + " nodes";
        } else {
            String name = s.map().extract() != null ? s.map().extract() : "harbin";
            pbf = MapLocator.locate(name, mapOption);
            say.accept("读取路网 / loading roads: " + pbf);
            net = RoadNetworkLoader.load(pbf);
            say.accept("读取 OSM 图层 / loading OSM layers: " + pbf.getFileName());
            layers = OsmLayerCache.load(pbf);
            mapNote = "地图 / map: " + pbf.getFileName() + " — " + RoadNetwork.OSM_ATTRIBUTION;
        }
        BBox aoi = s.map().areaOfInterest();
        if (aoi == null) {
            Envelope b = net.bounds();
            aoi = new BBox(b.getMinX(), b.getMinY(), b.getMaxX(), b.getMaxY());
        }
        ResolvedFacilities fac = FacilityResolver.resolve(s, layers);
        String key = cache.enabled() ? SiteCache.key(s, baseDir, pbf, net, HazardTimeline.DEFAULT_TICK_MS) : null;
        SiteCache.Entry cached = key == null ? null : cache.read(s.id(), key, notices);
        if (cached != null) {
            say.accept("人口网格与灾害时间线取自缓存 / population grid and hazard timeline from the cache");
        }
        // scripted wind and stage changes are deterministic: they go into the precomputed timeline
        List<Hazard> hazards = Injects.applyToHazards(HazardTypes.installed().build(s, layers, baseDir), s.injects());
        List<SiteCache.GridCell> gridCells;
        long gridTotal;
        String gridSource;
        if (cached != null) {
            gridCells = cached.grid();
            gridTotal = cached.gridTotal();
            gridSource = cached.gridSource();
        } else {
            PopulationGrid grid = populationGrid(s, aoi, net, layers, hazards);
            gridCells = new ArrayList<>();
            for (PopulationGrid.Cell c : grid.populatedCells()) {
                gridCells.add(new SiteCache.GridCell(c.lon(), c.lat(), c.people()));
            }
            gridTotal = grid.total();
            gridSource = grid.source();
        }
        ScenarioSite.Builder b = ScenarioSite.builder(s, net).note(mapNote)
                .teams(fac.teams()).fleets(fac.fleets()).districts(DistrictLoader.load(s, baseDir, layers));
        for (Hospital h : fac.hospitals()) {
            b.hospital(h);
        }
        for (Station st : fac.fireStations()) {
            b.fireStation(st);
        }
        for (Station st : fac.policeStations()) {
            b.policeStation(st);
        }
        for (Depot d : fac.depots()) {
            b.depot(d);
        }
        for (Shelter sh : fac.shelters()) {
            b.shelter(sh);
        }
        for (HelicopterBase hb : fac.helicopterBases()) {
            b.helicopterBase(hb);
        }
        for (SiteCache.GridCell c : gridCells) {
            b.cell(c.lon(), c.lat(), c.people());
        }
        b.note(String.format("人口 / population: %,d (%s)", gridTotal, gridSource));
        for (Hazard h : hazards) {
            b.hazard(h);
            h.modelNotes().forEach(b::note);
            if (layers == null && h instanceof FloodModel f) {
                b.water(f.params().waterLonLat());
            }
        }
        if (layers != null) {
            Envelope view = new Envelope(aoi.minLon(), aoi.maxLon(), aoi.minLat(), aoi.maxLat());
            view.expandToInclude(net.bounds());
            for (var a : layers.water()) {
                if (a.polygon().getEnvelopeInternal().intersects(view)) {
                    // the name rides along for the maps' labels (the same polygon object stays the flood's source)
                    if (!a.name().isBlank()) {
                        a.polygon().setUserData(a.name());
                    }
                    b.water(List.of(a.polygon()));
                }
            }
        }
        if (cached != null) {
            ScenarioSite site = b.timeline(cached.timeline()).build();
            if (site.cells().size() == cached.siteCells()) {
                return site;
            }
            // cannot happen with an intact entry (the key covers every input); compute rather than trust it
            say.accept("缓存与路网不符，重新计算 / cache entry does not fit the network: computing again");
            return load(s, baseDir, mapOption, progress, SiteCache.disabled());
        }
        say.accept("计算灾害时间线 / computing the hazard timeline (" + hazards.size() + " hazards, "
                + s.horizonHours() + " h)");
        ScenarioSite site = b.build();
        if (key != null) {
            cache.write(s.id(), key, new SiteCache.Entry(gridCells, gridTotal, gridSource, site.cells().size(), site.timeline()), notices);
        }
        return site;
    }

    /**
     * The population grid: from OSM buildings / land use, or uniform over the road nodes. Nobody lives in a flood's
     * river: uniform cells whose centre lies in its water polygons (they hold only bridge or bank nodes) get no
     * residents, since the flood zones include the river itself.
     */
    private static PopulationGrid populationGrid(Scenario s, BBox aoi, RoadNetwork net, OsmLayers layers,
                                                 List<Hazard> hazards) {
        if (layers == null || s.population().method() == PopulationMethod.UNIFORM) {
            List<Geometry> rivers = new ArrayList<>();
            for (Hazard h : hazards) {
                if (h instanceof FloodModel f) {
                    rivers.addAll(f.params().waterLonLat());
                }
            }
            double[] lats = new double[net.nodeCount()];
            double[] lons = new double[net.nodeCount()];
            for (int i = 0; i < lats.length; i++) {
                lats[i] = net.lat(i);
                lons[i] = net.lon(i);
            }
            return PopulationGrid.uniform(s.population(), aoi, lats, lons, rivers);
        }
        return PopulationGrid.fromOsm(s.population(), aoi, layers);
    }
}
