package org.drillsim.drill;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Expected-action scoring on hand-made command logs: "dispatch ≥ 2 ambulances into the area within 30 min". */
class OutcomeTest {
    static final long MIN = 60_000;
    static final String MED = "医疗救护组";
    // a 1 km circle; (45.7600, 126.6000) is 0.9 km north of the centre (0.0081° × 111.2 km/°), (45.7700, …) 2.0 km
    static final Area AREA = new Area(45.7519, 126.6000, 1000);
    static final ExpectedAction TWO_AMB = new ExpectedAction("a", MED, "dispatch", Set.of("ambulance"), 2, AREA, 30, "两车 30 分钟");
    static final long ISSUED = 100 * MIN;

    static Decision d(long seq, String seat, long tMin, String unit, String unitType, double lat, boolean ok) {
        return new Decision(seq, seat, "张三", seq, tMin * MIN, "dispatch", unit, unitType, "cas-" + seq, lat, 126.6000, ok, ok ? "" : "no");
    }

    @Test
    void twoAmbulancesInTheAreaWithinThirtyMinutesIsMetAtTheSecond() {
        List<Decision> log = List.of(d(1, MED, 105, "amb-1", "ambulance", 45.7600, true), d(2, MED, 125, "amb-2", "ambulance", 45.7519, true));
        Outcome o = Outcome.score(TWO_AMB, ISSUED, log, 200 * MIN, false);
        assertEquals(Outcome.Status.MET, o.status());
        assertEquals(125 * MIN, o.metAtMs());
        assertEquals(130 * MIN, o.deadlineMs());
        assertEquals(2, o.count());
    }

    @Test
    void theSecondAmbulanceAfterTheDeadlineIsLate() {
        List<Decision> log = List.of(d(1, MED, 105, "amb-1", "ambulance", 45.7519, true), d(2, MED, 131, "amb-2", "ambulance", 45.7519, true));
        Outcome o = Outcome.score(TWO_AMB, ISSUED, log, 200 * MIN, false);
        assertEquals(Outcome.Status.LATE, o.status());
        assertEquals(131 * MIN, o.metAtMs());
    }

    @Test
    void whatDoesNotQualifyIsNotCounted() {
        List<Decision> log = List.of(
                d(1, MED, 99, "amb-1", "ambulance", 45.7519, true),          // before the inject
                d(2, MED, 101, "amb-2", "ambulance", 45.7700, true),         // 2.0 km out: outside the area
                d(3, MED, 102, "amb-3", "ambulance", 45.7519, false),        // refused
                d(4, MED, 103, "med-1", "medical-team", 45.7519, true),      // not an ambulance
                d(5, "交通保障组", 104, "amb-4", "ambulance", 45.7519, true), // another seat
                d(6, MED, 105, "amb-5", "ambulance", 45.7519, true),         // counts: 1
                d(7, MED, 106, "amb-5", "ambulance", 45.7519, true));        // the same unit again: still 1
        Outcome pending = Outcome.score(TWO_AMB, ISSUED, log, 110 * MIN, false);
        assertEquals(Outcome.Status.PENDING, pending.status());
        assertEquals(1, pending.count());
        assertEquals(Outcome.Status.MISSED, Outcome.score(TWO_AMB, ISSUED, log, 131 * MIN, false).status());
        assertEquals(Outcome.Status.MISSED, Outcome.score(TWO_AMB, ISSUED, log, 110 * MIN, true).status());
    }

    @Test
    void exactlyAtTheDeadlineIsMet() {
        List<Decision> log = List.of(d(1, MED, 110, "amb-1", "ambulance", 45.7519, true), d(2, MED, 130, "amb-2", "ambulance", 45.7519, true));
        assertEquals(Outcome.Status.MET, Outcome.score(TWO_AMB, ISSUED, log, 300 * MIN, true).status());
    }

    @Test
    void haversineDistanceOfOneDegreeOfLatitude() {
        // 1° of latitude on the mean sphere (R = 6371.0088 km) is πR/180 = 111.195 km
        assertEquals(111_195.08, Area.distanceM(45, 126, 46, 126), 0.01);
    }
}
