package org.drillsim.world;

import org.drillsim.core.HeapEventList;
import org.drillsim.format.library.ScenarioLibrary;
import org.drillsim.format.model.Scenario;
import org.drillsim.geodata.ResolvedFacilities;
import org.drillsim.hazards.Hazard;
import org.drillsim.hazards.HazardFootprint;
import org.drillsim.hazards.HazardZone;
import org.drillsim.world.log.EventLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The {@code hazard} command and {@code run} answer "what is closed, where is the hazard" the same way: every
 * built-in scenario is played (the Harbin ones need the extract, {@code DRILLSIM_MAPS}) and, at every hazard tick of
 * the horizon, after every event of that time, the run's closed edges and the footprints its world plays equal
 * {@link HazardSnapshot#at}'s (the command's path). The run has no response modules: a hazmat team stopping a leak
 * or crews clearing blockages change the run on purpose, and that is no question the hazard map answers.
 * Once failed: an 800 m scripted closure closed 69 edges in the run and 16 on the map; flood, plume and fire zones
 * closed edges they cross on the map but only those with an end or the middle inside in the run; the map drew hazards
 * from the bare specs, without scripted wind and stage changes (the built-in scenarios repeat theirs in the spec, so
 * {@link #INJECTED} has one that is only an inject).
 */
class HazardAgreementTest {
    static final List<String> BUILT_IN = List.of("synthetic-small", "harbin-songhua-flood", "harbin-chlorine-leak",
            "harbin-forest-fire");

    /** Scripted injects the hazard spec does not know of (stage change, timed and lifted closures), relative to the module. */
    static final String INJECTED = "src/test/resources/scenarios/synthetic-injected.yaml";

    static List<String> scenarios() {
        List<String> all = new ArrayList<>(ScenarioLibrary.ids());
        all.add(INJECTED);
        return all;
    }

    @Test
    void everyBuiltInScenarioIsPlayed() {
        assertTrue(scenarios().containsAll(BUILT_IN), "built-in scenarios: " + scenarios());
    }

    /** What the run shows at one tick. */
    record Seen(long timeMs, Set<Integer> closed, List<HazardFootprint> footprints) {
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void hazardMapAndRunAgreeAtEveryTick(String id) throws Exception {
        Scenario s = ScenarioLibrary.resolve(id, null);
        ScenarioSite site = SiteLoader.load(s, null, null, null, SiteCache.disabled());
        World w = World.create(site, s.seed(), 0, new WorldOptions(EventLog.discarding(), List.of(), null));
        List<Seen> seen = new ArrayList<>();
        for (HazardTick t : site.timeline().ticks()) {
            w.sim().scheduleAt(t.timeMs(), HeapEventList.MAX_PRIORITY, "observe", () -> {
                Set<Integer> closed = new TreeSet<>();
                for (int e = 0; e < site.network().edgeCount(); e++) {
                    if (w.roads().isClosedToPublic(e)) {
                        closed.add(e);
                    }
                }
                List<HazardFootprint> fps = new ArrayList<>();
                for (Hazard h : w.hazards()) { // what the trainer draws
                    fps.add(h.footprintAt(w.lastTick().timeMs()));
                }
                seen.add(new Seen(w.now(), closed, fps));
            });
        }
        w.run();
        assertEquals(site.timeline().ticks().size(), seen.size(), "one look per tick");
        ResolvedFacilities none = new ResolvedFacilities(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of());
        int scriptedClosures = 0;
        for (Seen run : seen) {
            HazardSnapshot map = HazardSnapshot.at(site, run.timeMs(), none, null);
            String at = id + " " + HazardSnapshot.tPlus(run.timeMs());
            assertEquals(run.timeMs(), map.timeMs(), at);
            Set<Integer> mapClosed = new TreeSet<>(map.closedEdges().keySet());
            if (!mapClosed.equals(run.closed())) {
                Set<Integer> onlyMap = new TreeSet<>(mapClosed);
                onlyMap.removeAll(run.closed());
                Set<Integer> onlyRun = new TreeSet<>(run.closed());
                onlyRun.removeAll(mapClosed);
                fail(at + ": hazard map closes " + mapClosed.size() + " edges, the run " + run.closed().size()
                        + "; only on the map " + head(onlyMap) + ", only in the run " + head(onlyRun));
            }
            scriptedClosures += (int) map.closedEdges().values().stream().filter(r -> r.startsWith("inject ")).count();
            assertEquals(run.footprints().size(), map.footprints().size(), at);
            for (int k = 0; k < run.footprints().size(); k++) {
                List<HazardZone> a = run.footprints().get(k).zones();
                List<HazardZone> b = map.footprints().get(k).zones();
                String which = at + " hazard " + run.footprints().get(k).hazardId();
                assertEquals(a.size(), b.size(), which + ": zone count");
                for (int z = 0; z < a.size(); z++) {
                    assertEquals(a.get(z).level(), b.get(z).level(), which);
                    assertTrue(a.get(z).polygon().equalsExact(b.get(z).polygon()),
                            which + " zone " + a.get(z).level() + ": geometries differ");
                }
            }
        }
        boolean closes = s.injects().stream().flatMap(i -> i.effects().stream())
                .anyMatch(e -> e instanceof org.drillsim.format.model.InjectEffect.CloseRoad);
        assertEquals(closes, scriptedClosures > 0, id + ": a scripted closure shows on the map while it lasts");
    }

    private static String head(Set<Integer> edges) {
        return edges.size() <= 8 ? edges.toString() : new ArrayList<>(edges).subList(0, 8) + " … (" + edges.size() + ")";
    }
}
