package org.drillsim.world;

import org.drillsim.format.model.GeoPoint;
import org.drillsim.format.model.LocalizedText;
import org.drillsim.format.model.Scenario;
import org.drillsim.format.model.Shelter;
import org.drillsim.geodata.Districts;
import org.drillsim.medical.MedicalModule;
import org.drillsim.routing.RoadNetwork;
import org.drillsim.world.log.EventLog;
import org.drillsim.world.score.Scorecard;
import org.drillsim.world.score.TargetResult;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Per-district scores on a two-district map, worked out by hand. The road runs west–east through nodes 0…4
 * (0.01° apart); 西区 holds nodes 0–2 (lon &lt; 126.525), 东区 nodes 3–4. 西区: 7 residents at node 1, a 700 m²
 * shelter at node 1, the hospital with the one ambulance at node 0. 东区: 3 residents at node 3, all injured at the
 * start, a 30 m² shelter at node 4. The ambulance treats the three at 40, 130 and 220 min (see ScorecardTest).
 */
class DistrictScorecardTest {
    private static final GeometryFactory GF = new GeometryFactory();

    private static final String BODY = """
            facilities:
              hospitals:
                items:
                  - {id: h, name: {zh: 医院}, location: {lat: 45.70, lon: 126.50}, beds: 10, capabilities: [trauma]}
            fleets:
              - {id: amb, type: ambulance, base: h, count: 1}
            policy: {onSceneMinutes: 15, hospitalHandoverMinutes: 15, alertDelayMinutes: 10}
            targets:
              - {id: medical-2h}
              - {id: shelter-area}
            """;

    private static Districts twoDistricts() {
        return Districts.of(List.of(
                new Districts.District("西区", GF.toGeometry(new Envelope(126.49, 126.525, 45.69, 45.71))),
                new Districts.District("东区", GF.toGeometry(new Envelope(126.525, 126.56, 45.69, 45.71)))));
    }

    private static Shelter shelter(String id, int node, double areaM2) {
        return new Shelter(id, new LocalizedText(id, id), new GeoPoint(TestWorlds.LAT, TestWorlds.lon(node)), null, null,
                areaM2, 100L, null);
    }

    private static Scorecard play(String body) {
        Scenario sc = TestWorlds.scenario(body, 6);
        RoadNetwork net = TestWorlds.line(5, 10);
        ScenarioSite site = ScenarioSite.builder(sc, net)
                .hospital(MedicalChainTest.hospital("h", 0, 10))
                .shelter(shelter("west-park", 1, 700))
                .shelter(shelter("east-school", 4, 30))
                .cell(TestWorlds.lon(1), TestWorlds.LAT, 7)
                .cell(TestWorlds.lon(3), TestWorlds.LAT, 3)
                .timeline(TestWorlds.injuryAtStart(sc.horizonMs(), 1.0, 1))
                .districts(twoDistricts())
                .build();
        World w = World.create(site, 1, 1, WorldOptions.baseline(EventLog.discarding())
                .withModules(List.of(() -> new MedicalModule(0, 1))));
        w.run();
        return Scorecard.evaluate(w);
    }

    @Test
    void eachDistrictIsScoredOnItsOwnPeopleSheltersAndClocks() {
        Scorecard card = play(BODY);
        assertNull(card.scope());
        // whole area: 730 m² for 10 residents; one of the three patients within 2 h
        assertEquals(73.0, card.target("shelter-area").value(), 1e-12);
        assertEquals(1.0 / 3, card.target("medical-2h").value(), 1e-12);
        assertEquals(2, card.districts().size());
        Scorecard.DistrictScore west = card.districts().get(0);
        Scorecard.DistrictScore east = card.districts().get(1);
        assertEquals("西区", west.name());
        assertEquals(7, west.people());
        assertEquals(3, east.people());
        assertEquals(700.0 / 7, west.targets().get(1).value(), 1e-12, "西区: its 700 m² for its 7 residents");
        assertEquals(30.0 / 3, east.targets().get(1).value(), 1e-12, "东区: its 30 m² for its 3 residents");
        TargetResult westMed = west.targets().get(0);
        assertFalse(westMed.scored(), "nobody was injured in 西区");
        TargetResult eastMed = east.targets().get(0);
        assertEquals(3, eastMed.measured());
        assertEquals(2, eastMed.late());
        assertEquals(1.0 / 3, eastMed.value(), 1e-12);
    }

    @Test
    void aScenarioScoresItsOwnDistrict() {
        Scorecard card = play(BODY + "scoring: {district: 东区}\n");
        assertEquals("东区", card.scope());
        assertEquals(10.0, card.target("shelter-area").value(), 1e-12, "the headline is 东区's: 30 m² / 3");
        assertTrue(card.target("shelter-area").note().zh().contains("÷ 常住人口 3"));
        assertEquals(2, card.districts().size(), "every district keeps its row");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> play(BODY + "scoring: {district: 南区}\n"));
        assertTrue(e.getMessage().contains("西区, 东区"), e.getMessage());
    }
}
