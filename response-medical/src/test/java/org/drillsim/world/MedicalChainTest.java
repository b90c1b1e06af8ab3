package org.drillsim.world;

import org.drillsim.world.log.EventLog;

import org.drillsim.core.SimTime;
import org.drillsim.routing.RoadNetwork;
import org.drillsim.format.model.GeoPoint;
import org.drillsim.format.model.Hospital;
import org.drillsim.format.model.HospitalCapability;
import org.drillsim.format.model.LocalizedText;
import org.drillsim.format.model.Scenario;
import org.drillsim.medical.MedicalModule;
import org.drillsim.medical.MedicalStats;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The medical chain on hand-made worlds whose answers can be worked out by hand. */
class MedicalChainTest {

    private static final String ONE_AMBULANCE = """
            facilities:
              hospitals:
                items:
                  - {id: h, name: {zh: 医院}, location: {lat: 45.70, lon: 126.50}, beds: 10, capabilities: [trauma]}
            fleets:
              - {id: amb, type: ambulance, base: h, count: 1}
            policy: {onSceneMinutes: 15, hospitalHandoverMinutes: 15, alertDelayMinutes: 10}
            """;

    /** One ambulance at node 0, three T2 casualties at node 3 (30 min away): treated at 40, 130 and 220 min. */
    @Test
    void oneAmbulanceServesThreeCasualtiesOneAfterAnother() {
        Scenario sc = TestWorlds.scenario(ONE_AMBULANCE, 6);
        RoadNetwork net = TestWorlds.line(5, 10);
        ScenarioSite site = ScenarioSite.builder(sc, net)
                .hospital(hospital("h", 0, 10))
                .cell(TestWorlds.lon(3), TestWorlds.LAT, 3)
                .timeline(TestWorlds.injuryAtStart(sc.horizonMs(), 1.0, 0))
                .build();
        World w = world(site, () -> new MedicalModule(0, 1));
        w.run();

        List<TargetClock> clocks = w.clocks().of(ClockSpan.MEDICAL);
        List<Long> treatedAt = new ArrayList<>();
        for (TargetClock c : clocks) {
            assertTrue(!c.isRunning(), "every casualty treated within 6 h");
            for (int i = 0; i < c.weight(); i++) {
                treatedAt.add(c.stopMs());
            }
        }
        treatedAt.sort(null);
        assertEquals(List.of(SimTime.ofMinutes(40), SimTime.ofMinutes(130), SimTime.ofMinutes(220)), treatedAt);
        MedicalStats st = w.get(MedicalStats.class);
        assertEquals(3, st.injured);
        assertEquals(3, st.admitted);
        assertEquals(0, st.preventableDeaths);
        assertEquals(3, w.population().count(PersonState.IN_HOSPITAL));
        // the first patient waited 10 min for the call and 30 min of travel
        TargetClock first = clocks.stream().filter(c -> c.stopMs() == SimTime.ofMinutes(40)).findFirst().orElseThrow();
        assertEquals(SimTime.ofMinutes(10), first.causeMs(DelayCause.ALERT, w.horizonMs()));
        assertEquals(SimTime.ofMinutes(30), first.causeMs(DelayCause.TRAVEL, w.horizonMs()));
    }

    /** Three T1 casualties: the third is still untreated at 180 min (treated at 220) and dies: preventable. */
    @Test
    void untreatedImmediateCasualtyDiesAfterThreeHours() {
        Scenario sc = TestWorlds.scenario(ONE_AMBULANCE, 6);
        RoadNetwork net = TestWorlds.line(5, 10);
        ScenarioSite site = ScenarioSite.builder(sc, net)
                .hospital(hospital("h", 0, 10))
                .cell(TestWorlds.lon(3), TestWorlds.LAT, 3)
                .timeline(TestWorlds.injuryAtStart(sc.horizonMs(), 1.0, 0))
                .build();
        World w = world(site, () -> new MedicalModule(1, 0));
        w.run();
        MedicalStats st = w.get(MedicalStats.class);
        assertEquals(1, st.preventableDeaths);
        assertEquals(1, st.lateT1, "the second T1, treated at 130 min, was past its 60-min window");
        assertEquals(2, w.population().count(PersonState.IN_HOSPITAL));
        assertEquals(1, w.population().count(PersonState.DEAD));
        long failed = w.clocks().of(ClockSpan.MEDICAL).stream().filter(TargetClock::isFailed).mapToLong(TargetClock::weight).sum();
        assertEquals(1, failed);
    }

    /** Two ambulances at different distances: the nearer one goes (priority, then nearest). */
    @Test
    void nearestAvailableAmbulanceIsSent() {
        String body = """
                facilities:
                  hospitals:
                    items:
                      - {id: h0, name: {zh: 西医院}, location: {lat: 45.70, lon: 126.50}, beds: 10}
                      - {id: h6, name: {zh: 东医院}, location: {lat: 45.70, lon: 126.56}, beds: 10}
                fleets:
                  - {id: west, type: ambulance, base: h0, count: 1}
                  - {id: east, type: ambulance, base: h6, count: 1}
                policy: {alertDelayMinutes: 0}
                """;
        Scenario sc = TestWorlds.scenario(body, 3);
        RoadNetwork net = TestWorlds.line(7, 10);
        ScenarioSite site = ScenarioSite.builder(sc, net)
                .hospital(hospital("h0", 0, 10)).hospital(hospital("h6", 6, 10))
                .cell(TestWorlds.lon(4), TestWorlds.LAT, 1)
                .timeline(TestWorlds.injuryAtStart(sc.horizonMs(), 1.0, 0))
                .build();
        EventLog log = EventLog.inMemory();
        World w = World.create(site, 1, 1, WorldOptions.baseline(log).withModules(List.of(() -> new MedicalModule(0, 1))));
        w.run();
        String dispatch = log.lines().stream().filter(l -> l.contains("\"type\":\"dispatch\"")).findFirst().orElseThrow();
        assertTrue(dispatch.contains("\"unit\":\"east\""), dispatch);
        TargetClock c = w.clocks().of(ClockSpan.MEDICAL).get(0);
        assertEquals(SimTime.ofMinutes(20), c.stopMs(), "east is 2 segments (20 min) away");
        assertTrue(log.lines().stream().anyMatch(l -> l.contains("\"type\":\"command\"") && l.contains("\"role\":\"plan\"")));
    }

    /** A full hospital holds the ambulance while patients wait for its only bed. */
    @Test
    void conservationHoldsAtEveryEvent() {
        Scenario sc = TestWorlds.scenario(ONE_AMBULANCE, 8);
        RoadNetwork net = TestWorlds.line(5, 10);
        ScenarioSite site = ScenarioSite.builder(sc, net)
                .hospital(hospital("h", 0, 1))
                .cell(TestWorlds.lon(3), TestWorlds.LAT, 4)
                .cell(TestWorlds.lon(1), TestWorlds.LAT, 6)
                .timeline(TestWorlds.injuryAtStart(sc.horizonMs(), 0.5, 0, 1))
                .build();
        World w = world(site, MedicalModule::new);
        long people = w.population().people();
        long[] checks = {0};
        w.sim().addListener((time, priority, seq, label) -> {
            assertEquals(people, w.population().sumOfStates(), "at " + label);
            checks[0]++;
        });
        w.run();
        assertEquals(people, w.population().sumOfStates());
        assertTrue(checks[0] > 10);
        assertTrue(w.population().count(PersonState.IN_HOSPITAL) <= 1, "one bed only");
    }

    /**
     * One bed, two T2 patients, a 30-day horizon: the second patient is admitted (and the ambulance hands over
     * 15 min later) exactly when the first is discharged; by the end both have left and the bed is free.
     */
    @Test
    void dischargeFreesTheBedForTheNextPatient() {
        Scenario sc = TestWorlds.scenario(ONE_AMBULANCE, 30 * 24);
        RoadNetwork net = TestWorlds.line(5, 10);
        ScenarioSite site = ScenarioSite.builder(sc, net)
                .hospital(hospital("h", 0, 1))
                .cell(TestWorlds.lon(3), TestWorlds.LAT, 2)
                .timeline(TestWorlds.injuryAtStart(sc.horizonMs(), 1.0, 0))
                .build();
        EventLog log = EventLog.inMemory();
        World w = World.create(site, 1, 1, WorldOptions.baseline(log).withModules(List.of(() -> new MedicalModule(0, 1))));
        w.run();
        List<Long> discharges = times(log, "discharge");
        List<Long> handovers = times(log, "handover");
        assertEquals(2, discharges.size());
        assertEquals(2, handovers.size());
        assertTrue(log.lines().stream().anyMatch(l -> l.contains("\"type\":\"hospital-full\"")), "the second patient waited");
        assertEquals(discharges.get(0) + SimTime.ofMinutes(15), handovers.get(1), "admitted when the bed came free");
        MedicalStats st = w.get(MedicalStats.class);
        assertEquals(2, st.discharged);
        assertEquals(2, w.population().count(PersonState.DISCHARGED));
        assertEquals(0, w.population().count(PersonState.IN_HOSPITAL));
    }

    /**
     * Stays follow the triage (exponential, 300 patients, 30-day horizon): T2 stays average 3 days and all end
     * within 30 days; of the T1 stays (mean 9.1 days) a share 1 − e^(−30/9.1) ≈ 96.3 % ends within 30 days.
     */
    @Test
    void lengthOfStayFollowsTheTriage() {
        String body = """
                facilities:
                  hospitals:
                    items:
                      - {id: h, name: {zh: 医院}, location: {lat: 45.70, lon: 126.50}, beds: 1000, capabilities: [trauma]}
                fleets:
                  - {id: amb, type: ambulance, base: h, count: 300}
                policy: {alertDelayMinutes: 0}
                """;
        Scenario sc = TestWorlds.scenario(body, 30 * 24);
        RoadNetwork net = TestWorlds.line(3, 10);
        ScenarioSite site = ScenarioSite.builder(sc, net)
                .hospital(hospital("h", 0, 1000))
                .cell(TestWorlds.lon(1), TestWorlds.LAT, 300)
                .timeline(TestWorlds.injuryAtStart(sc.horizonMs(), 1.0, 0))
                .build();
        List<Double> t2 = stays(site, 0);
        assertEquals(300, t2.size(), "every T2 patient leaves within 30 days");
        double meanDays = t2.stream().mapToDouble(Double::doubleValue).average().orElseThrow() / 24;
        // standard error of the mean of 300 exponential stays: 3 / sqrt(300) ≈ 0.17 days; allow four
        assertEquals(3.0, meanDays, 0.7, "mean T2 stay in days");
        List<Double> t1 = stays(site, 1);
        // binomial(300, 0.963): mean 288.9, standard deviation 3.3; allow four
        assertEquals(288.9, t1.size(), 13.2, "T1 patients discharged within 30 days");
    }

    /** Stays in hours of the patients discharged, all of them T1 ({@code shareT1} = 1) or all T2 (0). */
    static List<Double> stays(ScenarioSite site, double shareT1) {
        EventLog log = EventLog.inMemory();
        World w = World.create(site, 1, 1, WorldOptions.baseline(log).withModules(List.of(() -> new MedicalModule(shareT1, 1 - shareT1))));
        w.run();
        assertEquals(300, w.get(MedicalStats.class).admitted);
        List<Double> stays = new ArrayList<>();
        for (String l : log.lines()) {
            if (l.contains("\"type\":\"discharge\"")) {
                stays.add(Double.parseDouble(l.replaceAll(".*\"stayHours\":([0-9.eE+-]+).*", "$1")));
            }
        }
        return stays;
    }

    /**
     * Only the exposed share of a flooded cell's residents can be hurt: injury fraction 1 on 1,000 people gives all
     * 1,000 casualties when everyone is exposed, none when nobody is, and binomial(1000, 0.25) ≈ 250 ± 14 at 0.25.
     */
    @Test
    void floodCasualtiesApplyToTheExposedShareOnly() {
        long[] injured = new long[3];
        double[] shares = {1.0, 0.0, 0.25};
        for (int k = 0; k < 3; k++) {
            Scenario sc = TestWorlds.scenario(ONE_AMBULANCE, 1, shares[k]);
            ScenarioSite site = ScenarioSite.builder(sc, TestWorlds.line(3, 10))
                    .hospital(hospital("h", 0, 10))
                    .cell(TestWorlds.lon(1), TestWorlds.LAT, 1000)
                    .timeline(TestWorlds.injuryAtStart(sc.horizonMs(), 1.0, 0))
                    .build();
            World w = world(site, MedicalModule::new);
            w.run();
            injured[k] = w.get(MedicalStats.class).injured;
        }
        assertEquals(1000, injured[0]);
        assertEquals(0, injured[1]);
        assertEquals(250, injured[2], 4 * 13.7);
    }

    static List<Long> times(EventLog log, String type) {
        List<Long> out = new ArrayList<>();
        for (String l : log.lines()) {
            if (l.contains("\"type\":\"" + type + "\"")) {
                out.add(Long.parseLong(l.replaceAll("^\\{\"t\":(\\d+),.*", "$1")));
            }
        }
        return out;
    }

    static World world(ScenarioSite site, Supplier<org.drillsim.world.ResponseModule> m) {
        return World.create(site, 1, 1, WorldOptions.baseline(EventLog.inMemory()).withModules(List.of(m)));
    }

    static Hospital hospital(String id, int node, int beds) {
        return new Hospital(id, new LocalizedText(id, id), new GeoPoint(TestWorlds.LAT, TestWorlds.lon(node)), null, beds, 0,
                List.of(HospitalCapability.TRAUMA));
    }
}
