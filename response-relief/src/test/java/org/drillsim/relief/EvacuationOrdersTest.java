package org.drillsim.relief;

import org.drillsim.core.SimTime;
import org.drillsim.hazards.HazardKind;
import org.drillsim.format.model.ReliefItem;
import org.drillsim.format.model.Scenario;
import org.drillsim.format.model.ShelterKind;
import org.drillsim.world.log.EventLog;
import org.drillsim.world.PersonState;
import org.drillsim.world.ScenarioSite;
import org.drillsim.world.World;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The plan's evacuation orders: one per connected patch of displaced cells, not one per cell. */
class EvacuationOrdersTest {

    /**
     * Three neighbouring 250 m cells and one 3 km away, all displaced at T+0: at T+10 the plan orders two zones —
     * the patch of three (one outline) and the lone cell — and every displaced person is under an order.
     */
    @Test
    void planOrdersOneZonePerPatchOfCells() {
        String body = """
                facilities:
                  shelters:
                    items:
                %s
                  depots:
                %s
                """.formatted(ReliefWorlds.shelterYaml("s2", 2, 500), ReliefWorlds.depotYaml("d4", 4, "{medical-kits: 1}"));
        Scenario sc = ReliefWorlds.scenario(body, 2);
        double step = 250 / (111_320.0 * Math.cos(Math.toRadians(ReliefWorlds.LAT)));
        ScenarioSite site = ScenarioSite.builder(sc, ReliefWorlds.line(5, 10))
                .shelter(ReliefWorlds.shelter("s2", 2, 500, ShelterKind.SCHOOL))
                .depot(ReliefWorlds.depot("d4", 4, Map.of(ReliefItem.MEDICAL_KITS, 1L)))
                .cell(ReliefWorlds.lon(0), ReliefWorlds.LAT, 10)
                .cell(ReliefWorlds.lon(0) + step, ReliefWorlds.LAT, 20)
                .cell(ReliefWorlds.lon(0) + 2 * step, ReliefWorlds.LAT, 30)
                .cell(ReliefWorlds.lon(4), ReliefWorlds.LAT, 40)
                .timeline(ReliefWorlds.displaceAtStart(sc.horizonMs(), HazardKind.FIRE, 0, 1, 2, 3))
                .build();
        EventLog log = EventLog.inMemory();
        World w = ReliefWorlds.world(site, log);
        w.start();
        w.sim().runUntil(SimTime.ofMinutes(10));
        List<String> orders = log.lines().stream().filter(l -> l.contains("\"type\":\"evacuation-ordered\"")).toList();
        assertEquals(2, orders.size(), String.join("\n", orders));
        assertTrue(orders.get(0).contains("\"zone\":\"zone-" + site.cells().get(0).id() + "-3\"") && orders.get(0).contains("\"cells\":3"),
                orders.get(0));
        assertTrue(orders.get(1).contains("\"zone\":\"" + site.cells().get(3).id() + "\"") && orders.get(1).contains("\"cells\":1"),
                orders.get(1));
        assertEquals(0, w.population().count(PersonState.AT_HOME));
    }
}
