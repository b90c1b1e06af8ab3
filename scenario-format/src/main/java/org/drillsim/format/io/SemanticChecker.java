package org.drillsim.format.io;

import org.drillsim.format.targets.TargetCatalog;
import org.drillsim.format.model.AgreementReserve;
import org.drillsim.format.model.BBox;
import org.drillsim.format.model.ChemicalLeakSpec;
import org.drillsim.format.model.Depot;
import org.drillsim.format.model.Facilities;
import org.drillsim.format.model.FloodSpec;
import org.drillsim.format.model.ForestFireSpec;
import org.drillsim.format.model.FuelSource;
import org.drillsim.format.model.GeoPoint;
import org.drillsim.format.model.HazardSpec;
import org.drillsim.format.model.HelicopterBase;
import org.drillsim.format.model.Hospital;
import org.drillsim.format.model.Inject;
import org.drillsim.format.model.InjectEffect;
import org.drillsim.format.model.Levee;
import org.drillsim.format.model.MapSpec;
import org.drillsim.format.model.PlanClause;
import org.drillsim.format.model.Scoring;
import org.drillsim.format.model.Scenario;
import org.drillsim.format.model.Shelter;
import org.drillsim.format.model.Station;
import org.drillsim.format.model.StationGroup;
import org.drillsim.format.model.TargetSpec;
import org.drillsim.format.model.Team;
import org.drillsim.format.model.VehicleFleet;
import org.drillsim.format.model.VehicleType;
import org.drillsim.format.model.WindPoint;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Checks the meaning of a structurally valid scenario: unique ids, references between sections
 * (team homes, fleet bases, reserve depots, inject targets), polygons, timelines, target ids and
 * plausibility. Every error points at the offending node through the {@link SourceTree}.
 */
final class SemanticChecker {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    /** Densest plausible average over an area of interest, people per km² (Macau, the densest territory, is ~21,000). */
    static final double MAX_DENSITY_PER_KM2 = 50_000;
    /** Fewest m² of shelter area one person can stand on (crowd density limit ≈ 2 people/m²). */
    static final double MIN_M2_PER_PERSON = 0.5;
    /**
     * Largest area of interest, km²: a prefecture-level city (Harbin's whole municipality is ~53,000 km²) fits;
     * a world-sized box would make the population grid and the hazard grids exhaust memory.
     */
    static final double MAX_AREA_KM2 = 100_000;
    /** Most population grid cells (area / gridCellM²); Harbin's extract at 250 m has ~6,500. */
    static final double MAX_POPULATION_CELLS = 4_000_000;
    /** Most fire spread grid cells ((2 × maxRadiusKm / cellSizeM)²); the default 8 km at 40 m has 160,000. */
    static final double MAX_FIRE_CELLS = 4_000_000;
    /**
     * How far outside the area of interest a ground facility may stand, km: farther, its nearest road node is
     * at the map's edge and its travel times mean nothing (helicopter bases may be as far as their flight radius).
     */
    static final double MAX_KM_OUTSIDE_AREA = 5;


    private final Scenario s;
    private final SourceTree tree;
    private final Path baseDir;
    private final Function<String, String> mapProblem;
    private final List<ScenarioError> errors = new ArrayList<>();
    /** facility id → kind (hospital, fire-station, police-station, depot, shelter, helicopter-base). */
    private final Map<String, String> facilities = new LinkedHashMap<>();
    private final Map<String, HazardSpec> hazards = new HashMap<>();

    private SemanticChecker(Scenario s, SourceTree tree, Path baseDir, Function<String, String> mapProblem) {
        this.s = s;
        this.tree = tree;
        this.baseDir = baseDir;
        this.mapProblem = mapProblem;
    }

    /**
     * All semantic errors.
     *
     * @param baseDir    directory of the scenario file (for relative paths), or null (resources)
     * @param mapProblem given a map extract name, a problem description when it cannot be found, or
     *                   null when found; null = do not look for the map
     */
    static List<ScenarioError> check(Scenario s, SourceTree tree, Path baseDir, Function<String, String> mapProblem) {
        SemanticChecker c = new SemanticChecker(s, tree, baseDir, mapProblem);
        c.run();
        return c.errors;
    }

    private void run() {
        if (!ID.matcher(s.id()).matches()) {
            error("id", "expected lower-case letters, digits and '-', got \"" + s.id() + "\"");
        }
        checkMap(s.map());
        checkPopulation();
        collectFacilities(s.facilities());
        checkFacilities(s.facilities());
        checkTeams();
        checkResponseLevels();
        checkFleets();
        checkReserves();
        checkHazards();
        checkTargets();
        checkPlan();
        checkScoring();
        checkInjects();
    }

    private void checkMap(MapSpec m) {
        if (m.extract() == null && m.synthetic() == null) {
            error("map", "missing map; expected 'extract' (an OSM file such as harbin.osm.pbf) or 'synthetic'");
        } else if (m.extract() != null && m.synthetic() != null) {
            error("map.synthetic", "expected either 'extract' or 'synthetic', not both");
        } else if (m.extract() != null && mapProblem != null) {
            String problem = mapProblem.apply(m.extract());
            if (problem != null) {
                error("map.extract", problem);
            }
        }
        BBox b = m.areaOfInterest();
        if (b != null) {
            if (b.minLon() >= b.maxLon()) {
                error("map.areaOfInterest.maxLon", "expected maxLon > minLon (" + b.minLon() + "), got " + b.maxLon());
            }
            if (b.minLat() >= b.maxLat()) {
                error("map.areaOfInterest.maxLat", "expected maxLat > minLat (" + b.minLat() + "), got " + b.maxLat());
            }
            if (validBox(b) && areaKm2(b) > MAX_AREA_KM2) {
                error("map.areaOfInterest", String.format(java.util.Locale.ROOT,
                        "关注区域过大（%.0f 平方公里）/ the area of interest is too large (%.0f km²); expected at most %.0f km²",
                        areaKm2(b), areaKm2(b), MAX_AREA_KM2));
            }
        }
    }

    private void checkPopulation() {
        BBox b = s.map().areaOfInterest();
        if (b == null || b.minLon() >= b.maxLon() || b.minLat() >= b.maxLat()) {
            return;
        }
        double km2 = areaKm2(b);
        double cells = km2 * 1e6 / (s.population().gridCellM() * s.population().gridCellM());
        if (km2 <= MAX_AREA_KM2 && cells > MAX_POPULATION_CELLS) {
            error("population.gridCellM", String.format(java.util.Locale.ROOT,
                    "人口网格单元过多（%.0f 个）/ %.0f population grid cells over the area of interest; expected at most %.0f"
                            + " (a larger gridCellM)", cells, cells, MAX_POPULATION_CELLS));
        }
        double density = s.population().totalPeople() / km2;
        if (density > MAX_DENSITY_PER_KM2) {
            error("population.totalPeople", String.format(java.util.Locale.ROOT,
                    "expected at most %.0f people per km² over the %.1f km² area of interest, got %.0f per km²",
                    MAX_DENSITY_PER_KM2, km2, density));
        }
    }

    private static boolean validBox(BBox b) {
        return b.minLon() < b.maxLon() && b.minLat() < b.maxLat();
    }

    static double areaKm2(BBox b) {
        double midLat = Math.toRadians((b.minLat() + b.maxLat()) / 2);
        double w = (b.maxLon() - b.minLon()) * 111.320 * Math.cos(midLat);
        double h = (b.maxLat() - b.minLat()) * 110.574;
        return w * h;
    }

    // ---- facilities -------------------------------------------------------------------------

    private void collectFacilities(Facilities f) {
        List<Hospital> hs = f.hospitals().items();
        for (int i = 0; i < hs.size(); i++) {
            addFacility(hs.get(i).id(), "hospital", "facilities.hospitals.items[" + i + "].id");
        }
        collectStations(f.fireStations(), "fire-station", "facilities.fireStations");
        collectStations(f.policeStations(), "police-station", "facilities.policeStations");
        for (int i = 0; i < f.depots().size(); i++) {
            addFacility(f.depots().get(i).id(), "depot", "facilities.depots[" + i + "].id");
        }
        List<Shelter> ss = f.shelters().items();
        for (int i = 0; i < ss.size(); i++) {
            addFacility(ss.get(i).id(), "shelter", "facilities.shelters.items[" + i + "].id");
        }
        for (int i = 0; i < f.helicopterBases().size(); i++) {
            addFacility(f.helicopterBases().get(i).id(), "helicopter-base", "facilities.helicopterBases[" + i + "].id");
        }
    }

    private void collectStations(StationGroup g, String kind, String path) {
        for (int i = 0; i < g.items().size(); i++) {
            addFacility(g.items().get(i).id(), kind, path + ".items[" + i + "].id");
        }
    }

    private void addFacility(String id, String kind, String path) {
        String before = facilities.putIfAbsent(id, kind);
        if (before != null) {
            error(path, "duplicate facility id '" + id + "' (already used by a " + before + "); expected a unique id");
        }
        if (id.startsWith("osm-")) {
            error(path, "ids starting with 'osm-' are reserved for facilities imported from OSM; expected another id");
        }
    }

    private void checkFacilities(Facilities f) {
        if (f.hospitals().fromOsm() && f.hospitals().osmDefaults() == null) {
            error("facilities.hospitals", "osmDefaults missing; expected beds (and surgeBeds, capabilities) for hospitals imported with fromOsm: true");
        }
        List<Hospital> hs = f.hospitals().items();
        for (int i = 0; i < hs.size(); i++) {
            checkPlace(hs.get(i).location(), hs.get(i).osmId(), f.hospitals().fromOsm(), "facilities.hospitals.items[" + i + "]");
        }
        checkStations(f.fireStations(), "facilities.fireStations");
        checkStations(f.policeStations(), "facilities.policeStations");
        for (int i = 0; i < f.depots().size(); i++) {
            Depot d = f.depots().get(i);
            checkNearArea(d.location(), MAX_KM_OUTSIDE_AREA, "facilities.depots[" + i + "].location");
            if (d.stock().isEmpty()) {
                error("facilities.depots[" + i + "].stock", "expected at least one item with its quantity");
            }
        }
        List<Shelter> ss = f.shelters().items();
        for (int i = 0; i < ss.size(); i++) {
            Shelter sh = ss.get(i);
            String p = "facilities.shelters.items[" + i + "]";
            checkPlace(sh.location(), sh.osmId(), f.shelters().fromOsm(), p);
            if (sh.capacityPeople() != null && sh.capacityPeople() == 0) {
                error(p + ".capacityPeople", "容量为 0 的避难场所无法安置任何人 / a shelter of capacity 0 takes nobody;"
                        + " expected at least 1 (or leave capacityPeople out to derive it from areaM2)");
            }
            if (sh.capacityPeople() != null && sh.capacityPeople() > sh.areaM2() / MIN_M2_PER_PERSON) {
                error(p + ".capacityPeople", String.format(java.util.Locale.ROOT,
                        "%d people on %s m² is more than %.0f people per m²; expected at most %d",
                        sh.capacityPeople(), StructureChecker.fmt(sh.areaM2()), 1 / MIN_M2_PER_PERSON,
                        (long) Math.floor(sh.areaM2() / MIN_M2_PER_PERSON)));
            }
            if (!sh.polygonLonLat().isEmpty()) {
                checkPolygon(sh.polygonLonLat(), p + ".polygonLonLat");
            }
        }
        for (int i = 0; i < f.helicopterBases().size(); i++) {
            HelicopterBase hb = f.helicopterBases().get(i);
            checkNearArea(hb.location(), hb.radiusKm(), "facilities.helicopterBases[" + i + "].location");
            if (hb.helicopters() == 0) {
                error("facilities.helicopterBases[" + i + "].helicopters", "expected at least 1 helicopter at a base");
            }
        }
    }

    private void checkStations(StationGroup g, String path) {
        for (int i = 0; i < g.items().size(); i++) {
            Station st = g.items().get(i);
            checkPlace(st.location(), st.osmId(), g.fromOsm(), path + ".items[" + i + "]");
        }
        if (!g.fromOsm() && !g.osmTeams().isEmpty()) {
            error(path + ".osmTeams", "osmTeams only apply with fromOsm: true; expected fromOsm: true or no osmTeams");
        }
    }

    private void checkPlace(GeoPoint location, Long osmId, boolean fromOsm, String path) {
        checkNearArea(location, MAX_KM_OUTSIDE_AREA, path + ".location");
        if (location == null && osmId == null) {
            error(path, "location missing; expected location: {lat, lon} (or osmId of a feature imported with fromOsm: true)");
        } else if (location == null && !fromOsm) {
            error(path + ".osmId", "an override by osmId needs fromOsm: true in its group; expected a location or fromOsm: true");
        }
    }

    /** A location more than {@code maxKm} outside the area of interest is an error (none is checked without one). */
    private void checkNearArea(GeoPoint p, double maxKm, String path) {
        BBox b = s.map().areaOfInterest();
        if (p == null || b == null || !validBox(b) || Math.abs(p.lat()) > 90 || Math.abs(p.lon()) > 180) {
            return;
        }
        double dLat = Math.max(0, Math.max(b.minLat() - p.lat(), p.lat() - b.maxLat())) * 110.574;
        double lat = Math.max(b.minLat(), Math.min(b.maxLat(), p.lat()));
        double dLon = Math.max(0, Math.max(b.minLon() - p.lon(), p.lon() - b.maxLon())) * 111.320 * Math.cos(Math.toRadians(lat));
        double km = Math.hypot(dLat, dLon);
        if (km > maxKm) {
            error(path, String.format(java.util.Locale.ROOT, "位置在关注区域（地图范围）之外 %.1f 公里 / the location is %.1f km"
                    + " outside the area of interest (the map); expected at most %s km outside", km, km, StructureChecker.fmt(maxKm)));
        }
    }

    // ---- teams, fleets, reserves ---------------------------------------------------------------

    private void checkTeams() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < s.teams().size(); i++) {
            Team t = s.teams().get(i);
            String p = "teams[" + i + "]";
            if (!ids.add(t.id())) {
                error(p + ".id", "duplicate team id '" + t.id() + "'; expected a unique id");
            }
            if (t.capabilities().isEmpty()) {
                error(p + ".capabilities", "expected at least one capability");
            }
            checkFacilityRef(t.home(), p + ".home", null);
        }
    }

    /** The graded response: one entry per level, and every reserve and team it names exists. */
    private void checkResponseLevels() {
        var pol = s.policy();
        if (pol.warning() != null && !org.drillsim.format.model.WarningPlan.LEVELS.contains(pol.warning().level())) {
            error("policy.warning.level", "预警级别应为 blue/yellow/orange/red / expected blue, yellow, orange or red, got '"
                    + pol.warning().level() + "'");
        }
        Set<Integer> levels = new HashSet<>();
        Set<String> reserves = new HashSet<>();
        s.agreementReserves().forEach(r -> reserves.add(r.id()));
        Set<String> teams = new HashSet<>();
        s.teams().forEach(t -> teams.add(t.id()));
        for (int i = 0; i < pol.responseLevels().size(); i++) {
            var lp = pol.responseLevels().get(i);
            String p = "policy.responseLevels[" + i + "]";
            if (!levels.add(lp.level())) {
                error(p + ".level", "响应级别重复 / duplicate response level " + lp.level() + "; expected each of 1–4 at most once");
            }
            for (int j = 0; j < lp.callReserves().size(); j++) {
                if (!reserves.contains(lp.callReserves().get(j))) {
                    error(p + ".callReserves[" + j + "]", "unknown agreement reserve '" + lp.callReserves().get(j)
                            + "'; expected one of " + new java.util.TreeSet<>(reserves));
                }
            }
            for (int j = 0; j < lp.mobiliseTeams().size(); j++) {
                if (!teams.contains(lp.mobiliseTeams().get(j))) {
                    error(p + ".mobiliseTeams[" + j + "]", "unknown team '" + lp.mobiliseTeams().get(j)
                            + "'; expected a team id of this scenario");
                }
            }
        }
    }

    private void checkFleets() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < s.fleets().size(); i++) {
            VehicleFleet v = s.fleets().get(i);
            String p = "fleets[" + i + "]";
            if (!ids.add(v.id())) {
                error(p + ".id", "duplicate fleet id '" + v.id() + "'; expected a unique id");
            }
            checkFacilityRef(v.base(), p + ".base", null);
            // the run cannot use an ambulance or bus that carries nobody, nor a truck that carries nothing
            if ((v.type() == VehicleType.AMBULANCE || v.type() == VehicleType.BUS) && v.capacityPeople() < 1) {
                error(p + ".capacityPeople", "每辆" + (v.type() == VehicleType.BUS ? "客车" : "救护车")
                        + "至少载 1 人 / expected at least 1 " + (v.type() == VehicleType.BUS ? "passenger per bus" : "patient per ambulance")
                        + ", got " + v.capacityPeople());
            }
            if (v.type() == VehicleType.TRUCK && tree.has(p + ".loadTonnes") && v.loadTonnes() <= 0) {
                error(p + ".loadTonnes", "货车载重应大于 0 吨 / expected a truck load above 0 t, got "
                        + StructureChecker.fmt(v.loadTonnes()) + " (leave loadTonnes out for the default "
                        + StructureChecker.fmt(VehicleFleet.DEFAULT_TRUCK_TONNES) + " t)");
            }
        }
    }

    private void checkReserves() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < s.agreementReserves().size(); i++) {
            AgreementReserve r = s.agreementReserves().get(i);
            String p = "agreementReserves[" + i + "]";
            if (!ids.add(r.id())) {
                error(p + ".id", "duplicate reserve id '" + r.id() + "'; expected a unique id");
            }
            checkFacilityRef(r.deliverTo(), p + ".deliverTo", "depot");
        }
    }

    /** A reference to a listed facility (of {@code kind}, or any kind when null) or to an OSM-imported one. */
    private void checkFacilityRef(String id, String path, String kind) {
        String actual = facilities.get(id);
        if (actual == null) {
            String osmKind = osmImportedKind(id);
            if (osmKind != null && (kind == null || kind.equals(osmKind))) {
                return;
            }
            List<String> known = facilities.entrySet().stream()
                    .filter(e -> kind == null || e.getValue().equals(kind)).map(Map.Entry::getKey).toList();
            error(path, "unknown " + (kind == null ? "facility" : kind) + " '" + id + "'; expected one of: "
                    + (known.isEmpty() ? "(none defined)" : String.join(", ", known)));
        } else if (kind != null && !kind.equals(actual)) {
            error(path, "'" + id + "' is a " + actual + "; expected a " + kind);
        }
    }

    /** The kind of an id that names a facility imported from OSM by an enabled group, else null. */
    private String osmImportedKind(String id) {
        Facilities f = s.facilities();
        if (id.matches("osm-hospital-\\d+") && f.hospitals().fromOsm()) {
            return "hospital";
        }
        if (id.matches("osm-fire-\\d+") && f.fireStations().fromOsm()) {
            return "fire-station";
        }
        if (id.matches("osm-police-\\d+") && f.policeStations().fromOsm()) {
            return "police-station";
        }
        if (id.matches("osm-shelter-\\d+") && f.shelters().fromOsm()) {
            return "shelter";
        }
        return null;
    }

    // ---- hazards ------------------------------------------------------------------------------

    private void checkHazards() {
        if (s.hazards().isEmpty()) {
            error("hazards", "expected at least one hazard (flood, chemical-leak, forest-fire, earthquake)");
        }
        for (int i = 0; i < s.hazards().size(); i++) {
            HazardSpec h = s.hazards().get(i);
            String p = "hazards[" + i + "]";
            if (hazards.putIfAbsent(h.id(), h) != null) {
                error(p + ".id", "duplicate hazard id '" + h.id() + "'; expected a unique id");
            }
            if (h instanceof FloodSpec f) {
                checkFlood(f, p);
            } else if (h instanceof ChemicalLeakSpec c) {
                checkLeak(c, p);
            } else if (h instanceof ForestFireSpec ff) {
                checkFire(ff, p);
            }
            for (HazardSpecCheck check : HazardSpecCheck.installed()) {
                for (HazardSpecCheck.Problem problem : check.check(h)) {
                    error(p + "." + problem.field(), problem.message());
                }
            }
        }
    }

    private void checkFlood(FloodSpec f, String p) {
        if (f.extentsGeoJson() != null) {
            if (baseDir != null) {
                try {
                    Path file = ScenarioPaths.resolve(baseDir, f.extentsGeoJson());
                    if (!Files.isRegularFile(file)) {
                        error(p + ".extentsGeoJson", "file not found: " + file
                                + "; expected a GeoJSON file of flood extents (path relative to the scenario file)");
                    }
                } catch (IllegalArgumentException e) {
                    error(p + ".extentsGeoJson", e.getMessage());
                }
            }
            return;
        }
        if (f.hydrograph().isEmpty()) {
            error(p, "hydrograph missing; expected a list of {atHours, stageM} (or extentsGeoJson)");
        }
        for (int i = 1; i < f.hydrograph().size(); i++) {
            if (f.hydrograph().get(i).atHours() <= f.hydrograph().get(i - 1).atHours()) {
                error(p + ".hydrograph[" + i + "].atHours", "expected times strictly increasing, got "
                        + StructureChecker.fmt(f.hydrograph().get(i).atHours()) + " after "
                        + StructureChecker.fmt(f.hydrograph().get(i - 1).atHours()));
            }
        }
        if (f.riverNames().isEmpty() && f.riverOsmIds().isEmpty() && f.riverPolygonsLonLat().isEmpty()) {
            error(p, "flood source missing; expected riverNames (OSM water names, e.g. 松花江), riverOsmIds or riverPolygonsLonLat");
        }
        if ((!f.riverNames().isEmpty() || !f.riverOsmIds().isEmpty()) && s.map().extract() == null) {
            error(p + (f.riverNames().isEmpty() ? ".riverOsmIds" : ".riverNames"),
                    "OSM water needs an OSM extract map; expected riverPolygonsLonLat on a synthetic map");
        }
        for (int i = 0; i < f.riverPolygonsLonLat().size(); i++) {
            checkPolygon(f.riverPolygonsLonLat().get(i), p + ".riverPolygonsLonLat[" + i + "]");
        }
        for (int i = 0; i < f.levees().size(); i++) {
            Levee l = f.levees().get(i);
            checkPolygon(l.polygonLonLat(), p + ".levees[" + i + "].polygonLonLat");
        }
        if (f.depthBandsM() != null) {
            for (int i = 1; i < f.depthBandsM().size(); i++) {
                if (f.depthBandsM().get(i) <= f.depthBandsM().get(i - 1)) {
                    error(p + ".depthBandsM[" + i + "]", "expected depth bands strictly increasing");
                }
            }
        }
    }

    private void checkLeak(ChemicalLeakSpec c, String p) {
        if (c.stopMinutes() != null && c.stopMinutes() <= c.startMinutes()) {
            error(p + ".stopMinutes", "expected a stop after the start (" + StructureChecker.fmt(c.startMinutes())
                    + " min), got " + StructureChecker.fmt(c.stopMinutes()));
        }
        checkWind(c.wind(), p + ".wind", c.startMinutes(), 1.0);
    }

    private void checkFire(ForestFireSpec f, String p) {
        if (f.fuelSource() == FuelSource.POLYGONS) {
            if (f.fuelPolygonsLonLat().isEmpty()) {
                error(p, "fuelPolygonsLonLat missing; expected fuel polygons when fuelSource is polygons");
            }
        } else if (!f.fuelPolygonsLonLat().isEmpty()) {
            error(p + ".fuelPolygonsLonLat", "fuel polygons are only used with fuelSource: polygons");
        }
        for (int i = 0; i < f.fuelPolygonsLonLat().size(); i++) {
            checkPolygon(f.fuelPolygonsLonLat().get(i), p + ".fuelPolygonsLonLat[" + i + "]");
        }
        checkWind(f.wind(), p + ".wind", f.ignitionMinutes(), 0.0);
        double side = 2 * f.maxRadiusKm() * 1000 / f.cellSizeM();
        if (side * side > MAX_FIRE_CELLS) {
            error(p + ".cellSizeM", String.format(java.util.Locale.ROOT, "火蔓延网格单元过多（%.0f 个）/ %.0f fire grid"
                    + " cells; expected at most %.0f (a larger cellSizeM or a smaller maxRadiusKm)", side * side, side * side,
                    MAX_FIRE_CELLS));
        }
    }

    private void checkWind(List<WindPoint> wind, String p, double startMinutes, double minSpeed) {
        if (wind.isEmpty()) {
            error(p, "expected at least one wind point {atMinutes, speedMPerS, fromDirectionDeg}");
            return;
        }
        if (wind.get(0).atMinutes() > startMinutes) {
            error(p + "[0].atMinutes", "expected the first wind point at or before the hazard start ("
                    + StructureChecker.fmt(startMinutes) + " min), got " + StructureChecker.fmt(wind.get(0).atMinutes()));
        }
        for (int i = 0; i < wind.size(); i++) {
            if (i > 0 && wind.get(i).atMinutes() <= wind.get(i - 1).atMinutes()) {
                error(p + "[" + i + "].atMinutes", "expected times strictly increasing, got "
                        + StructureChecker.fmt(wind.get(i).atMinutes()) + " after " + StructureChecker.fmt(wind.get(i - 1).atMinutes()));
            }
            if (wind.get(i).speedMPerS() < minSpeed) {
                error(p + "[" + i + "].speedMPerS", "expected at least " + StructureChecker.fmt(minSpeed)
                        + " m/s (the Gaussian plume is not valid in calm air), got " + StructureChecker.fmt(wind.get(i).speedMPerS()));
            }
        }
    }

    // ---- targets and injects ---------------------------------------------------------------------

    private void checkTargets() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < s.targets().size(); i++) {
            TargetSpec t = s.targets().get(i);
            String p = "targets[" + i + "]";
            if (!TargetCatalog.contains(t.id())) {
                error(p + ".id", "unknown target id '" + t.id() + "'; expected one of: " + String.join(", ", TargetCatalog.ids()));
                continue;
            }
            if (!seen.add(t.id())) {
                error(p + ".id", "target '" + t.id() + "' listed twice; expected each target once");
            }
            if (t.thresholdOverride() != null && (t.overrideSource() == null)) {
                error(p + ".thresholdOverride", "an overriding threshold needs its source; expected overrideSource next to it");
            }
            boolean clock = TargetCatalog.get(t.id()).isResponseTime();
            if (!clock && (t.clockStart() != null || t.clockStop() != null)) {
                error(p + (t.clockStart() != null ? ".clockStart" : ".clockStop"),
                        "'" + t.id() + "' is a capacity target without a clock; expected no clockStart/clockStop");
            } else if (t.clockStart() != null && t.clockStart() == t.clockStop()) {
                error(p + ".clockStop", "expected a stop event different from the start");
            }
        }
    }

    /** Each clause of the unit's plan backs one target the scenario scores, once. */
    private void checkPlan() {
        if (s.plan() == null) {
            return;
        }
        if (s.plan().title().zh().isBlank()) {
            error("plan.title.zh", "expected the plan's title");
        }
        Set<String> scored = new HashSet<>();
        s.targets().forEach(t -> scored.add(t.id()));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < s.plan().clauses().size(); i++) {
            PlanClause c = s.plan().clauses().get(i);
            String p = "plan.clauses[" + i + "]";
            if (!scored.contains(c.target())) {
                error(p + ".target", "target '" + c.target() + "' is not among the scenario's targets; expected one of: "
                        + String.join(", ", s.targets().stream().map(TargetSpec::id).toList()));
            } else if (!seen.add(c.target())) {
                error(p + ".target", "target '" + c.target() + "' has two clauses; expected one clause per target");
            }
            if (c.clause().isBlank()) {
                error(p + ".clause", "expected the clause number (条款), e.g. 5.2.3");
            }
        }
    }

    /** A boundary file named for per-district scoring exists inside the scenario's folder. */
    private void checkScoring() {
        Scoring sc = s.scoring();
        if (sc.district() != null && sc.district().isBlank()) {
            error("scoring.district", "expected a district name, e.g. 松北区");
        }
        if (sc.districtsGeoJson() != null && baseDir != null) {
            try {
                Path file = ScenarioPaths.resolve(baseDir, sc.districtsGeoJson());
                if (!Files.isRegularFile(file)) {
                    error("scoring.districtsGeoJson", "file not found: " + file
                            + "; expected a GeoJSON file of district boundaries (path relative to the scenario file)");
                }
            } catch (IllegalArgumentException e) {
                error("scoring.districtsGeoJson", e.getMessage());
            }
        }
    }

    private void checkInjects() {
        Set<String> ids = new HashSet<>();
        double horizonMinutes = s.horizonHours() * 60;
        for (int i = 0; i < s.injects().size(); i++) {
            Inject in = s.injects().get(i);
            String p = "injects[" + i + "]";
            if (!ids.add(in.id())) {
                error(p + ".id", "duplicate inject id '" + in.id() + "'; expected a unique id");
            }
            if (in.atMinutes() > horizonMinutes) {
                error(p + ".atMinutes", "expected a time within the horizon (≤ " + StructureChecker.fmt(horizonMinutes)
                        + " min), got " + StructureChecker.fmt(in.atMinutes()));
            }
            for (int k = 0; k < in.effects().size(); k++) {
                checkEffect(in.effects().get(k), p + ".effects[" + k + "]");
            }
        }
    }

    private void checkEffect(InjectEffect e, String p) {
        if (e instanceof InjectEffect.HospitalPowerLoss h) {
            checkFacilityRef(h.hospital(), p + ".hospital", "hospital");
        } else if (e instanceof InjectEffect.FacilityUnavailable f) {
            checkFacilityRef(f.facility(), p + ".facility", null);
        } else if (e instanceof InjectEffect.WindChange w) {
            HazardSpec h = hazards.get(w.hazard());
            if (!(h instanceof ChemicalLeakSpec) && !(h instanceof ForestFireSpec)) {
                error(p + ".hazard", hazardRefMessage(w.hazard(), h, "a chemical-leak or forest-fire"));
            }
        } else if (e instanceof InjectEffect.StageChange st) {
            HazardSpec h = hazards.get(st.hazard());
            if (!(h instanceof FloodSpec)) {
                error(p + ".hazard", hazardRefMessage(st.hazard(), h, "a flood"));
            }
        }
    }

    private String hazardRefMessage(String id, HazardSpec found, String expected) {
        if (found == null) {
            return "unknown hazard '" + id + "'; expected " + expected + " hazard id (" + String.join(", ", hazards.keySet()) + ")";
        }
        return "'" + id + "' is not " + expected + " hazard; expected " + expected + " hazard id";
    }

    // ---- geometry -----------------------------------------------------------------------------

    private void checkPolygon(List<List<Double>> ring, String path) {
        String problem = PolygonCheck.problem(ring);
        if (problem != null) {
            error(path, problem);
        }
    }

    private void error(String path, String message) {
        errors.add(tree.errorAt(path, message));
    }
}
