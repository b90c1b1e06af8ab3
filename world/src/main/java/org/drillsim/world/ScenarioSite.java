package org.drillsim.world;

import org.drillsim.routing.RoadNetwork;
import org.drillsim.routing.Snap;
import org.drillsim.routing.Snapper;
import org.drillsim.hazards.Hazard;
import org.drillsim.format.model.Depot;
import org.drillsim.format.model.HelicopterBase;
import org.drillsim.format.model.Hospital;
import org.drillsim.format.model.LocalizedText;
import org.drillsim.format.model.Scenario;
import org.drillsim.format.model.Shelter;
import org.drillsim.format.model.Station;
import org.drillsim.format.model.Team;
import org.drillsim.format.model.VehicleFleet;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fixed part of a scenario, built once and shared (read-only, thread-safe) by every replication:
 * the road network, the facilities with their resolved positions and road nodes, the population cells,
 * the hazard models and their precomputed {@link HazardTimeline}, and the shared {@link RouteCache}.
 * Build with {@link #builder(Scenario, RoadNetwork)} (tests, hand-made worlds) or {@link SiteLoader}
 * (from a scenario file and the map).
 */
public final class ScenarioSite {
    private final Scenario scenario;
    private final RoadNetwork net;
    private final Snapper snapper;
    private final List<String> notes;
    private final Map<String, Facility> facilities;
    private final List<Hospital> hospitals;
    private final List<Station> fireStations;
    private final List<Station> policeStations;
    private final List<Depot> depots;
    private final List<Shelter> shelters;
    private final List<HelicopterBase> helicopterBases;
    private final List<Team> teams;
    private final List<VehicleFleet> fleets;
    private final List<PopulationCell> cells;
    private final List<Hazard> hazards;
    private final List<org.locationtech.jts.geom.Geometry> water;
    private final HazardTimeline timeline;
    private final RouteCache routes;
    private final org.drillsim.geodata.Districts districts;
    private volatile int[] nodeDistrict;

    private ScenarioSite(Builder b, Map<String, Facility> facilities, List<PopulationCell> cells, HazardTimeline timeline) {
        this.scenario = b.scenario;
        this.net = b.net;
        this.snapper = b.snapper;
        this.notes = List.copyOf(b.notes);
        this.facilities = Collections.unmodifiableMap(facilities);
        this.hospitals = List.copyOf(b.hospitals);
        this.fireStations = List.copyOf(b.fireStations);
        this.policeStations = List.copyOf(b.policeStations);
        this.depots = List.copyOf(b.depots);
        this.shelters = List.copyOf(b.shelters);
        this.helicopterBases = List.copyOf(b.helicopterBases);
        this.teams = List.copyOf(b.teams != null ? b.teams : b.scenario.teams());
        this.fleets = List.copyOf(b.fleets != null ? b.fleets : b.scenario.fleets());
        this.cells = List.copyOf(cells);
        this.hazards = List.copyOf(b.hazards);
        this.water = List.copyOf(b.water);
        this.timeline = timeline;
        this.routes = b.routes != null ? b.routes : RouteCache.forNetwork(net.nodeCount());
        this.districts = b.districts;
    }

    /** Starts a site for {@code scenario} on {@code net}. */
    public static Builder builder(Scenario scenario, RoadNetwork net) {
        return new Builder(scenario, net);
    }

    public Scenario scenario() {
        return scenario;
    }

    public RoadNetwork network() {
        return net;
    }

    /** Snaps points to the network (thread-safe). */
    public Snapper snapper() {
        return snapper;
    }

    /** Things a user should know about how the site was built (e.g. the synthetic fallback), zh / en. */
    public List<String> notes() {
        return notes;
    }

    /** Every facility by id, in the order hospitals, fire stations, police, depots, shelters, helicopter bases. */
    public Map<String, Facility> facilities() {
        return facilities;
    }

    /** The facility with this id; throws naming it when there is none. */
    public Facility facility(String id) {
        Facility f = facilities.get(id);
        if (f == null) {
            throw new IllegalArgumentException("unknown facility '" + id + "'");
        }
        return f;
    }

    /** Hospitals with resolved positions (listed and imported). */
    public List<Hospital> hospitals() {
        return hospitals;
    }

    public List<Station> fireStations() {
        return fireStations;
    }

    public List<Station> policeStations() {
        return policeStations;
    }

    public List<Depot> depots() {
        return depots;
    }

    /** Shelters with resolved positions and capacities. */
    public List<Shelter> shelters() {
        return shelters;
    }

    public List<HelicopterBase> helicopterBases() {
        return helicopterBases;
    }

    /** Teams with resolved homes (teams placed at imported stations included). */
    public List<Team> teams() {
        return teams;
    }

    /** Vehicle fleets with resolved bases. */
    public List<VehicleFleet> fleets() {
        return fleets;
    }

    /** Population cells. */
    public List<PopulationCell> cells() {
        return cells;
    }

    /** Residents in total. */
    public long people() {
        long s = 0;
        for (PopulationCell c : cells) {
            s += c.people();
        }
        return s;
    }

    public List<Hazard> hazards() {
        return hazards;
    }

    /** Rivers and lakes for map backgrounds (lon/lat polygons, {@code userData} the OSM name when it has one), possibly empty. */
    public List<org.locationtech.jts.geom.Geometry> water() {
        return water;
    }

    public HazardTimeline timeline() {
        return timeline;
    }

    private final java.util.concurrent.ConcurrentHashMap<String, HazardTimeline> variants =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The hazard timeline for another set of hazard models (a world replaced one), computed once per
     * {@code cacheKey} and shared between replications; a null key always computes.
     */
    public HazardTimeline timelineFor(List<Hazard> models, String cacheKey) {
        java.util.function.Function<String, HazardTimeline> make = k -> HazardTimeline.compute(net, cells, models,
                scenario.horizonMs(), timeline.tickMs());
        return cacheKey == null ? make.apply(null) : variants.computeIfAbsent(cacheKey, make);
    }

    /** The districts the scorecard scores separately ({@link org.drillsim.geodata.Districts#NONE} when none). */
    public org.drillsim.geodata.Districts districts() {
        return districts;
    }

    /** Index of the district holding a road node, or -1 (computed once for all nodes, then shared). */
    public int districtOfNode(int node) {
        int[] d = nodeDistrict;
        if (d == null) {
            d = new int[net.nodeCount()];
            for (int i = 0; i < d.length; i++) {
                d[i] = districts.isEmpty() ? -1 : districts.indexAt(net.lon(i), net.lat(i));
            }
            nodeDistrict = d; // a race computes the same array twice, harmlessly
        }
        return d[node];
    }

    /** Shortest-path trees shared by the replications. */
    public RouteCache routes() {
        return routes;
    }

    /** Builds a {@link ScenarioSite}. Facilities are snapped to the network when added. */
    public static final class Builder {
        private final Scenario scenario;
        private final RoadNetwork net;
        private final Snapper snapper;
        private final List<String> notes = new ArrayList<>();
        private final Map<String, Facility> facilities = new LinkedHashMap<>();
        private final List<Hospital> hospitals = new ArrayList<>();
        private final List<Station> fireStations = new ArrayList<>();
        private final List<Station> policeStations = new ArrayList<>();
        private final List<Depot> depots = new ArrayList<>();
        private final List<Shelter> shelters = new ArrayList<>();
        private final List<HelicopterBase> helicopterBases = new ArrayList<>();
        private final List<double[]> cellSeeds = new ArrayList<>();
        private List<Team> teams;
        private List<VehicleFleet> fleets;
        private final List<Hazard> hazards = new ArrayList<>();
        private final List<org.locationtech.jts.geom.Geometry> water = new ArrayList<>();
        private HazardTimeline timeline;
        private long tickMs = HazardTimeline.DEFAULT_TICK_MS;
        private RouteCache routes;
        private org.drillsim.geodata.Districts districts = org.drillsim.geodata.Districts.NONE;

        private Builder(Scenario scenario, RoadNetwork net) {
            this.scenario = scenario;
            this.net = net;
            this.snapper = new Snapper(net, 5_000);
        }

        /** Adds a note shown with the results. */
        public Builder note(String zhAndEn) {
            notes.add(zhAndEn);
            return this;
        }

        public Builder hospital(Hospital h) {
            hospitals.add(h);
            place(h.id(), FacilityKind.HOSPITAL, h.name(), h.location().lon(), h.location().lat());
            return this;
        }

        public Builder fireStation(Station s) {
            fireStations.add(s);
            place(s.id(), FacilityKind.FIRE_STATION, s.name(), s.location().lon(), s.location().lat());
            return this;
        }

        public Builder policeStation(Station s) {
            policeStations.add(s);
            place(s.id(), FacilityKind.POLICE_STATION, s.name(), s.location().lon(), s.location().lat());
            return this;
        }

        public Builder depot(Depot d) {
            depots.add(d);
            place(d.id(), FacilityKind.DEPOT, d.name(), d.location().lon(), d.location().lat());
            return this;
        }

        /** Adds a shelter; its {@code capacityPeople} must be resolved (non-null). */
        public Builder shelter(Shelter s) {
            if (s.capacityPeople() == null) {
                throw new IllegalArgumentException("shelter " + s.id() + ": capacity must be resolved before building the site");
            }
            shelters.add(s);
            place(s.id(), FacilityKind.SHELTER, s.name(), s.location().lon(), s.location().lat());
            return this;
        }

        /** Adds a helicopter base; it may lie off the road network (airports): its node is simply the nearest one. */
        public Builder helicopterBase(HelicopterBase b) {
            helicopterBases.add(b);
            Snap snap = new Snapper(net, 1e7).snap(b.id(), b.location().lat(), b.location().lon());
            put(new Facility(b.id(), FacilityKind.HELICOPTER_BASE, b.name(), b.location().lon(), b.location().lat(), snap.node()));
            return this;
        }

        /** Adds another facility (e.g. a team's home that is none of the above). */
        public Builder facility(String id, FacilityKind kind, LocalizedText name, double lon, double lat) {
            place(id, kind, name, lon, lat);
            return this;
        }

        /** Teams with resolved homes (default: the scenario's). */
        public Builder teams(List<Team> list) {
            this.teams = List.copyOf(list);
            return this;
        }

        /** Fleets with resolved bases (default: the scenario's). */
        public Builder fleets(List<VehicleFleet> list) {
            this.fleets = List.copyOf(list);
            return this;
        }

        /** Adds a population cell at its centre. */
        public Builder cell(double lon, double lat, long people) {
            cellSeeds.add(new double[] {lon, lat, people});
            return this;
        }

        public Builder hazard(Hazard h) {
            hazards.add(h);
            return this;
        }

        /** Adds water polygons (lon/lat) for map backgrounds. */
        public Builder water(List<? extends org.locationtech.jts.geom.Geometry> polygons) {
            water.addAll(polygons);
            return this;
        }

        /** Hazard tick interval (default {@link HazardTimeline#DEFAULT_TICK_MS}). */
        public Builder tickMs(long ms) {
            this.tickMs = ms;
            return this;
        }

        /** Uses a ready timeline instead of computing one from the hazards (tests). */
        public Builder timeline(HazardTimeline t) {
            this.timeline = t;
            return this;
        }

        /** The districts to score separately (default none). */
        public Builder districts(org.drillsim.geodata.Districts d) {
            this.districts = d == null ? org.drillsim.geodata.Districts.NONE : d;
            return this;
        }

        /** Shares a route cache (e.g. between sites of the same network). */
        public Builder routes(RouteCache cache) {
            this.routes = cache;
            return this;
        }

        /** Snaps the cells, computes the hazard timeline and builds the site. */
        public ScenarioSite build() {
            List<PopulationCell> cells = new ArrayList<>();
            long dropped = 0;
            for (double[] s : cellSeeds) {
                int idx = cells.size();
                Snap snap;
                try {
                    snap = snapper.snap("cell-" + idx, s[1], s[0]);
                } catch (IllegalArgumentException farFromRoads) {
                    dropped += (long) s[2];
                    continue;
                }
                cells.add(new PopulationCell(idx, s[0], s[1], (long) s[2], snap.node()));
            }
            if (dropped > 0) {
                notes.add(dropped + " 名居民距道路超过 5 公里，未计入 / " + dropped
                        + " residents more than 5 km from any road were left out");
            }
            // a given timeline (disk cache, tests) holds only ticks: it plays this site's hazard models
            HazardTimeline t = timeline == null ? HazardTimeline.compute(net, cells, hazards, scenario.horizonMs(), tickMs)
                    : timeline.hazards().isEmpty() && !hazards.isEmpty() ? timeline.withHazards(hazards) : timeline;
            return new ScenarioSite(this, new LinkedHashMap<>(facilities), cells, t);
        }

        private void place(String id, FacilityKind kind, LocalizedText name, double lon, double lat) {
            Snap snap = snapper.snap(id, lat, lon);
            put(new Facility(id, kind, name, lon, lat, snap.node()));
        }

        private void put(Facility f) {
            if (facilities.putIfAbsent(f.id(), f) != null) {
                throw new IllegalArgumentException("duplicate facility id '" + f.id() + "'");
            }
        }
    }
}
