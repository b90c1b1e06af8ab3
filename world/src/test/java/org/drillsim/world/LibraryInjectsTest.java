package org.drillsim.world;

import org.drillsim.routing.MapLocator;
import org.drillsim.routing.RoadNetwork;
import org.drillsim.routing.RoadNetworkLoader;
import org.drillsim.routing.SyntheticCity;
import org.drillsim.format.library.ScenarioLibrary;
import org.drillsim.format.model.Inject;
import org.drillsim.format.model.InjectEffect;
import org.drillsim.format.model.Scenario;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every scripted road closure of the built-in scenarios closes some road (a wrong road name closes nothing). */
class LibraryInjectsTest {

    @Test
    void everyScriptedClosureMatchesRoads() throws Exception {
        RoadNetwork harbin = RoadNetworkLoader.load(MapLocator.locate("harbin.osm.pbf", null));
        for (String id : ScenarioLibrary.ids()) {
            Scenario s = ScenarioLibrary.load(id);
            RoadNetwork net = s.map().synthetic() != null
                    ? SyntheticCity.generate(s.map().synthetic().seed(), s.map().synthetic().approxNodes()) : harbin;
            for (Inject inj : s.injects()) {
                for (InjectEffect e : inj.effects()) {
                    if (e instanceof InjectEffect.CloseRoad c) {
                        int n = Injects.edgesClosedBy(net, c).length;
                        assertTrue(n > 0, id + " inject " + inj.id() + " closes no road (name " + c.roadName() + ")");
                    }
                }
            }
        }
    }
}
