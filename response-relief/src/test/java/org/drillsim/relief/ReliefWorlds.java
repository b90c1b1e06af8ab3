package org.drillsim.relief;

import org.drillsim.routing.RoadClass;
import org.drillsim.routing.RoadNetwork;
import org.drillsim.hazards.HazardKind;
import org.drillsim.hazards.PeopleEffect;
import org.drillsim.hazards.ProtectiveAction;
import org.drillsim.format.io.ScenarioLoader;
import org.drillsim.format.model.Depot;
import org.drillsim.format.model.GeoPoint;
import org.drillsim.format.model.LocalizedText;
import org.drillsim.format.model.ReliefItem;
import org.drillsim.format.model.Scenario;
import org.drillsim.format.model.Shelter;
import org.drillsim.format.model.ShelterKind;
import org.drillsim.world.CellEffect;
import org.drillsim.world.log.EventLog;
import org.drillsim.world.HazardTick;
import org.drillsim.world.HazardTimeline;
import org.drillsim.world.PlanArea;
import org.drillsim.world.ResponseModule;
import org.drillsim.world.ScenarioSite;
import org.drillsim.world.World;
import org.drillsim.world.WorldOptions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/** Small hand-made worlds with known travel times for the relief tests. */
final class ReliefWorlds {
    /** Longitude step between nodes of the line (about 778 m at 45.7 N). */
    static final double STEP = 0.01;
    static final double LAT = 45.70;
    static final double LON0 = 126.50;

    private ReliefWorlds() {
    }

    /** A straight two-way road of {@code n} nodes, node i at (LAT, LON0 + i·STEP), each segment {@code minutes} long. */
    static RoadNetwork line(int n, double minutes) {
        RoadNetwork.Builder b = RoadNetwork.builder("relief-test-line");
        for (int i = 0; i < n; i++) {
            b.addNode(LAT, LON0 + i * STEP);
        }
        long ms = Math.round(minutes * 60_000);
        for (int i = 0; i + 1 < n; i++) {
            b.addRoad(i, i + 1, 780, ms, ms, RoadClass.PRIMARY, "line-" + i, false, false, null);
        }
        return b.build();
    }

    static double lon(int node) {
        return LON0 + node * STEP;
    }

    static GeoPoint at(int node) {
        return new GeoPoint(LAT, lon(node));
    }

    /** Parses a scenario with the test's sections and the mandatory fields. */
    static Scenario scenario(String body, double horizonHours) {
        String text = """
                id: relief-test
                name: {zh: 测试, en: test}
                map:
                  synthetic: {seed: 1, approxNodes: 500}
                population: {totalPeople: 10, source: test, gridCellM: 250, method: uniform}
                hazards:
                  - type: flood
                    id: test-hazard
                    riverPolygonsLonLat: [[[126.0, 45.0], [126.01, 45.0], [126.01, 45.01], [126.0, 45.01]]]
                    hydrograph: [{atHours: 0, stageM: 0}, {atHours: 1, stageM: 0}]
                horizonHours: %s
                """.formatted(horizonHours) + body;
        try {
            return ScenarioLoader.parse(text, "relief-test.yaml");
        } catch (org.drillsim.format.io.ScenarioException e) {
            throw new AssertionError(e.toString() + "\n" + text, e);
        }
    }

    /** A timeline displacing the listed cells at tick 0 (hazard of {@code kind}), quiet otherwise. */
    static HazardTimeline displaceAtStart(long horizonMs, HazardKind kind, int... cells) {
        List<CellEffect> effects = new ArrayList<>();
        for (int c : cells) {
            effects.add(new CellEffect(c, "test-hazard", kind, new PeopleEffect(true, ProtectiveAction.EVACUATE, 0, 0, "test")));
        }
        return constant(horizonMs, new int[0], new float[0], List.copyOf(effects));
    }

    /** A timeline with the same edges and cell effects at every tick. */
    static HazardTimeline constant(long horizonMs, int[] edges, float[] factors, List<CellEffect> effects) {
        long tick = HazardTimeline.DEFAULT_TICK_MS;
        boolean[] pub = new boolean[edges.length];
        for (int i = 0; i < edges.length; i++) {
            pub[i] = factors[i] == 0f;
        }
        List<HazardTick> ticks = new ArrayList<>();
        int k = 0;
        for (long t = 0; t <= horizonMs; t += tick, k++) {
            ticks.add(new HazardTick(k, t, edges, factors, pub, effects));
        }
        return HazardTimeline.of(tick, ticks);
    }

    static Shelter shelter(String id, int node, long capacity, ShelterKind kind) {
        return new Shelter(id, new LocalizedText(id, id), at(node), null, kind, capacity * 2.0, capacity, List.of());
    }

    static Depot depot(String id, int node, Map<ReliefItem, Long> stock) {
        return new Depot(id, new LocalizedText(id, id), at(node), stock);
    }

    /** YAML for a shelter entry. */
    static String shelterYaml(String id, int node, long capacity) {
        return "      - {id: %s, name: {zh: %s}, location: {lat: %s, lon: %s}, areaM2: %s, capacityPeople: %s}\n"
                .formatted(id, id, LAT, lon(node), capacity * 2, capacity);
    }

    /** YAML for a depot entry (stock as YAML flow map text). */
    static String depotYaml(String id, int node, String stock) {
        return "    - {id: %s, name: {zh: %s}, location: {lat: %s, lon: %s}, stock: %s}\n".formatted(id, id, LAT, lon(node), stock);
    }

    static World world(ScenarioSite site, EventLog log) {
        return world(site, log, Set.of(PlanArea.values()));
    }

    static World world(ScenarioSite site, EventLog log, Set<PlanArea> automatic) {
        // CV 0: the fixed service times, so the tests can compute the answers by hand
        List<Supplier<ResponseModule>> mods = List.of(() -> new ReliefModule(0));
        return World.create(site, 1, 1, WorldOptions.baseline(log).withModules(mods).withAutomatic(automatic));
    }
}
