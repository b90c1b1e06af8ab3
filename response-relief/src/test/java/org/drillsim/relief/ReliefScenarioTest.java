package org.drillsim.relief;

import org.drillsim.format.library.ScenarioLibrary;
import org.drillsim.format.model.ReliefItem;
import org.drillsim.format.model.Scenario;
import org.drillsim.world.ClockSpan;
import org.drillsim.world.log.EventLog;
import org.drillsim.world.PersonState;
import org.drillsim.world.ResponseModule;
import org.drillsim.world.ScenarioSite;
import org.drillsim.world.SiteLoader;
import org.drillsim.world.World;
import org.drillsim.world.WorldOptions;
import org.drillsim.medical.MedicalModule;
import org.drillsim.world.score.Scorecard;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The relief module with the medical chain on the library's synthetic flood: conservation and determinism. */
class ReliefScenarioTest {
    private static ScenarioSite site;

    @BeforeAll
    static void load() throws Exception {
        Scenario sc = ScenarioLibrary.load("synthetic-small");
        site = SiteLoader.load(sc, null, null, null);
    }

    private static World world(EventLog log) {
        return world(log, 1);
    }

    private static World world(EventLog log, int replication) {
        List<Supplier<ResponseModule>> mods = List.of(MedicalModule::new, ReliefModule::new);
        return World.create(site, site.scenario().seed(), replication, WorldOptions.baseline(log).withModules(mods));
    }

    /** Every person in one state and every supply unit in a depot, on a truck or delivered, at every event. */
    @Test
    void peopleAndSuppliesAreConservedAtEveryEvent() {
        World w = world(EventLog.discarding());
        ReliefModule relief = (ReliefModule) w.modules().get(1);
        Depots depots = w.get(Depots.class);
        long people = w.population().people();
        long[] events = {0};
        w.sim().addListener((time, priority, seq, label) -> {
            assertEquals(people, w.population().sumOfStates(), "people at " + label);
            for (ReliefItem item : ReliefItem.values()) {
                assertEquals(depots.initialStock(item) + depots.arrivedFromReserves(item),
                        depots.level(item) + relief.onTrucks(item) + relief.delivered(item), item + " at " + label);
            }
            events[0]++;
        });
        w.run();
        ReliefStats st = w.get(ReliefStats.class);
        assertTrue(st.displaced > 1000, "the flood displaces thousands: " + st.displaced);
        assertTrue(st.sheltered > 0 && st.unitsDelivered > 0 && st.truckTrips > 0, "people sheltered and supplied");
        assertTrue(st.blockages > 0, "flooded roads leave blockages");
        assertTrue(events[0] > 1000);
        long living = w.clocks().of(ClockSpan.LIVING).stream().mapToLong(c -> c.isWithdrawn() ? 0 : c.weight()).sum();
        assertTrue(living > 0);
        Scorecard card = Scorecard.evaluate(w);
        for (String id : List.of("living-12h", "supplies-10h", "road-24h")) {
            assertTrue(card.target(id).scored(), id + " is scored");
        }
        assertEquals(people, w.population().sumOfStates());
        assertTrue(w.population().count(PersonState.SHELTERED) > 0);
    }

    /** The same seed gives the same event log, line for line. */
    @Test
    void sameSeedSameEventLog() {
        EventLog a = EventLog.inMemory();
        EventLog b = EventLog.inMemory();
        world(a).run();
        world(b).run();
        assertEquals(a.lines(), b.lines());
        assertTrue(a.lines().stream().anyMatch(l -> l.contains("\"type\":\"delivered\"")));
    }

    /** The uncertain service times are drawn per replication: two replications open the shelters at different times. */
    @Test
    void replicationsDrawDifferentServiceTimes() {
        EventLog a = EventLog.inMemory();
        EventLog b = EventLog.inMemory();
        world(a, 1).run();
        world(b, 2).run();
        List<String> openA = a.lines().stream().filter(l -> l.contains("\"type\":\"shelter-open\"")).toList();
        List<String> openB = b.lines().stream().filter(l -> l.contains("\"type\":\"shelter-open\"")).toList();
        assertTrue(!openA.isEmpty(), "shelters open");
        assertNotEquals(openA, openB);
    }
}
