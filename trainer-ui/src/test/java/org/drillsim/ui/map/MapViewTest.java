package org.drillsim.ui.map;

import javafx.scene.Scene;
import javafx.stage.Stage;
import org.drillsim.routing.RoadNetwork;
import org.drillsim.routing.SyntheticCity;
import org.drillsim.ui.Snapshots;
import org.drillsim.ui.TestScreens;
import org.junit.jupiter.api.Test;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MapViewTest extends ApplicationTest {
    private static final RoadNetwork CITY = SyntheticCity.generate(7, 3000);
    private MapView map;

    @Override
    public void start(Stage stage) {
        map = new MapView(CITY);
        stage.setScene(new Scene(map, 900, 700));
        stage.show();
    }

    @Test
    void drawsEveryRoadOfTheClassesShownAtThisZoomOnceWhenTheWholeCityIsInView() throws Exception {
        double scale = WaitForAsyncUtils.asyncFx(() -> {
            map.fitNetwork();
            map.render(0);
            return map.viewport().scale();
        }).get();
        int roads = 0;
        int shown = 0;
        for (int e = 0; e < CITY.edgeCount(); e++) {
            if (CITY.reverseEdge(e) >= 0 && CITY.reverseEdge(e) < e) continue; // one polyline per two-way road
            roads++;
            if (scale >= RoadStyle.of(CITY.roadClass(e)).minScale()) shown++;
        }
        assertEquals(roads, map.roads().polylineCount());
        assertTrue(shown > 0);
        assertEquals(shown, map.lastRoadsDrawn());
    }

    @Test
    void zoomingInCullsRoadsOffScreen() throws Exception {
        int drawn = WaitForAsyncUtils.asyncFx(() -> {
            map.fitNetwork();
            map.viewport().zoomAt(8, 450, 350);
            map.render(0);
            return map.lastRoadsDrawn();
        }).get();
        assertTrue(drawn > 0 && drawn < map.roads().polylineCount() / 2, "drawn " + drawn + " of " + map.roads().polylineCount());
    }

    @Test
    void unitsArePickedWhereTheirTrackPutsThem() throws Exception {
        int a = CITY.edgeFrom(0);
        int b = CITY.edgeTo(0);
        Track track = new Track(new double[] {CITY.lon(a), CITY.lon(b)}, new double[] {CITY.lat(a), CITY.lat(b)}, new long[] {0, 60_000});
        UnitMark unit = new UnitMark("amb-1", "ambulance", true, track);
        MapView.Pick pick = WaitForAsyncUtils.asyncFx(() -> {
            map.fitNetwork();
            map.viewport().zoomAt(20, 450, 350);
            map.viewport().centreOn(map.projection().x(CITY.lon(a)), map.projection().y(CITY.lat(a)));
            map.setScene(new MapScene(30_000, List.of(), List.of(), List.of(unit), List.of(), new int[] {0}, List.of()));
            map.render(30_000);
            double[] s = map.toScreen((CITY.lon(a) + CITY.lon(b)) / 2, (CITY.lat(a) + CITY.lat(b)) / 2);
            Snapshots.save(map.getScene(), TestScreens.dir().resolve("map-synthetic-zoomed.png"));
            return map.pick(s[0], s[1]);
        }).get();
        assertNotNull(pick.unit(), "the unit half way along its edge at half time");
        assertEquals("amb-1", pick.unit().id());
    }
}
