package org.drillsim.ui.view;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.drillsim.core.SimTime;
import org.drillsim.routing.RoadNetwork;
import org.drillsim.world.PlanArea;
import org.drillsim.world.ScenarioSite;
import org.drillsim.ui.Snapshots;
import org.drillsim.ui.TestScreens;
import org.drillsim.ui.TestSites;
import org.drillsim.ui.i18n.Messages;
import org.drillsim.ui.map.Track;
import org.drillsim.ui.map.UnitMark;
import org.drillsim.ui.session.DrillRole;
import org.drillsim.ui.session.DrillSession;
import org.drillsim.ui.session.DrillSnapshot;
import org.drillsim.ui.session.InjectLine;
import org.drillsim.ui.session.TaskLine;
import org.drillsim.ui.session.UnitLine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;

import static org.drillsim.ui.TestSites.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The trainer window driven through its controls, headless (Monocle), with screenshots of the main views. */
class TrainerViewTest extends ApplicationTest {
    @TempDir
    static Path dir;

    private static int sessions;
    private ScenarioSite site;
    private DrillSession session;
    private TrainerView view;
    private Messages msg;

    @Override
    public void start(Stage stage) {
        site = TestSites.syntheticChlorine();
        session = DrillSession.start(site, "synthetic-chlorine", site.scenario().seed(), Set.of(PlanArea.MEDICAL),
                dir.resolve("drill-" + (++sessions) + ".jsonl"));
        msg = new Messages(Messages.CHINESE);
        view = new TrainerView(session, msg, DrillRole.CONTROLLER);
        view.decisions().setIssuerName("王伟");
        stage.setScene(new Scene(view, 1600, 1000));
        stage.show();
    }

    @AfterEach
    void close() {
        session.close();
    }

    private <T> T fx(Callable<T> c) {
        try {
            return WaitForAsyncUtils.asyncFx(c).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private void shot(String name) {
        fx(() -> {
            view.frame(System.nanoTime());
            return Snapshots.save(view.getScene(), TestScreens.dir().resolve(name));
        });
    }

    /** Waits until the drill reached {@code t} and the window shows it. */
    private DrillSnapshot showAt(long t) {
        await("drill at " + SimTime.format(t), () -> session.driver().latest() != null && session.driver().latest().timeMs() == t);
        fx(() -> {
            view.refreshNow();
            return null;
        });
        return session.driver().latest();
    }

    private String text(String id) {
        Node n = lookup(id).query();
        return fx(() -> n instanceof Label l ? l.getText() : ((Button) n).getText());
    }

    @Test
    void playDispatchAUnitSeeItMoveAndTheScorecardChange() {
        shot("trainer-start-zh.png");
        assertEquals("T+00:00", text("#clock"));
        assertTrue(text("#title").contains("合成城市氯气泄漏"), text("#title"));

        // jump to the first inject: it pops up with its message, and the controller sees the expected action
        clickOn("#next-inject");
        DrillSnapshot at45 = showAt(SimTime.ofMinutes(45));
        assertEquals("T+00:45", text("#clock"));
        assertTrue(fx(() -> view.popup().isVisible()));
        assertEquals(at45.fired().get(0).inject().message().zh(), text("#inject-message"));
        shot("trainer-inject-popup-zh.png");
        clickOn("#inject-ok");
        assertFalse(fx(() -> view.popup().isVisible()));

        // the scorecard before any treatment, at a known time (the play / pause check runs last, so how far the
        // clock got before the pause click landed cannot push the casualties past their 2 h)
        session.driver().jumpTo(SimTime.ofMinutes(60));
        DrillSnapshot before = showAt(SimTime.ofMinutes(60));
        String medicalBefore = fx(() -> view.scorecard().valueText("medical-2h"));
        assertEquals("—", medicalBefore, "no casualty treated and none late yet");

        // dispatch an ambulance to a casualty through the decision panel
        UnitLine unit = before.units().stream().filter(u -> u.isAvailable() && u.type().equals("ambulance")).findFirst().orElseThrow();
        TaskLine task = before.tasks().stream().filter(t -> t.kind().equals("casualty")).findFirst().orElseThrow();
        fx(() -> {
            view.decisions().select(unit.id(), task.id());
            return null;
        });
        // without the decision-maker's name the decision is not taken
        fx(() -> {
            view.decisions().setIssuerName(" ");
            return null;
        });
        int journalled = session.driver().latest().decisions().size();
        clickOn("#dispatch");
        assertTrue(fx(() -> view.decisions().feedback()).startsWith("请先填写姓名"), "asks for the name");
        assertEquals(journalled, showAt(session.driver().simTime()).decisions().size(), "nothing issued without a name");
        fx(() -> {
            view.decisions().setIssuerName("王伟");
            return null;
        });
        clickOn("#dispatch");
        await("the dispatch is confirmed", () -> fx(() -> view.decisions().feedback()).startsWith("已执行"));
        DrillSnapshot after = showAt(session.driver().simTime());
        UnitMark moving = after.map().units().stream().filter(u -> u.id().equals(unit.id())).findFirst().orElseThrow();
        assertTrue(moving.busy());
        Track track = moving.track();
        assertTrue(track.isMovingAt(after.timeMs() + 1), "the ambulance drives");

        // it moves on the map as the clock runs
        double[] start = fx(() -> view.map().toScreen(track.lonAt(after.timeMs()), track.latAt(after.timeMs())));
        long later = Math.min(track.endMs(), after.timeMs() + (track.endMs() - after.timeMs()) / 2);
        session.driver().jumpTo(later);
        showAt(later);
        double[] then = fx(() -> view.map().toScreen(track.lonAt(later), track.latAt(later)));
        assertTrue(Math.hypot(then[0] - start[0], then[1] - start[1]) > 1, "moved on screen");
        fx(() -> {
            view.map().setSelectedUnit(unit.id());
            view.map().viewport().zoomAt(3, view.map().toScreen(track.lonAt(later), track.latAt(later))[0], view.map().toScreen(track.lonAt(later), track.latAt(later))[1]);
            return null;
        });
        shot("trainer-dispatch-zh.png");

        // the scorecard changes: the casualty was treated in time
        session.driver().jumpTo(SimTime.ofHours(3));
        showAt(SimTime.ofHours(3));
        String medicalAfter = fx(() -> view.scorecard().valueText("medical-2h"));
        assertNotEquals(medicalBefore, medicalAfter);
        assertTrue(fx(() -> view.log().rowCount()) >= 1, "the decision is in the log");
        shot("trainer-scorecard-zh.png");

        // play: the clock runs, then pause (60×: the horizon, T+12:00, is nine real minutes away)
        clickOn("#speed-60");
        clickOn("#play");
        await("the clock runs past T+03:01", () -> session.driver().simTime() > SimTime.ofHours(3) + SimTime.ofMinutes(1));
        clickOn("#play");
        await("paused", () -> !session.driver().isPlaying());
        showAt(session.driver().simTime());
        assertNotEquals("T+03:00", text("#clock"), "the clock shows the time played");
    }

    @Test
    void controllerFiresABridgeCollapseAtThePointPickedOnTheMap() {
        showAt(0);
        RoadNetwork net = site.network();
        int bridge = -1;
        for (int e = 0; e < net.edgeCount() && bridge < 0; e++) if (net.isBridge(e)) bridge = e;
        assertTrue(bridge >= 0, "the synthetic city has bridges");
        double lon = (net.lon(net.edgeFrom(bridge)) + net.lon(net.edgeTo(bridge))) / 2;
        double lat = (net.lat(net.edgeFrom(bridge)) + net.lat(net.edgeTo(bridge))) / 2;
        double[] s = fx(() -> view.map().toScreen(lon, lat));
        Node map = view.map();
        clickOn(map.localToScreen(s[0], s[1]));
        await("a point is picked", () -> !fx(() -> ((Label) lookup("#picked-point").query()).getText()).equals(msg.get("decision.no-point")));
        clickOn("情景注入");
        int closedBefore = session.driver().latest().map().closedEdgeCount();
        clickOn("#adhoc-bridge");
        await("the ad-hoc inject fired", () -> session.driver().latest().fired().stream().anyMatch(InjectLine::adHoc));
        DrillSnapshot after = showAt(session.driver().simTime());
        assertTrue(after.map().closedEdgeCount() > closedBefore, "the bridge is closed: " + after.map().closedEdgeCount());
        assertTrue(fx(() -> view.popup().isVisible()), "the ad-hoc inject pops up");
        assertEquals("adhoc-1", after.fired().get(after.fired().size() - 1).inject().id());
        assertTrue(fx(() -> view.injects().upcomingShown()) > 0, "the controller sees the injects to come");
        shot("trainer-adhoc-inject-zh.png");
    }

    @Test
    void anEvacuationZoneDrawnOnTheMapIsOrderedThroughTheCommandBus() {
        showAt(0);
        fx(() -> {
            view.decisions().reveal("evacuate");
            return null;
        });
        clickOn("#evacuate");
        assertTrue(fx(() -> view.map().isDrawingZone()));
        // a square around the south-bank plant, drawn corner by corner where the map shows them (its own transform,
        // after the first view was framed); a right click closes it. Not a double click: whether two clicks count
        // as one double click depends on the toolkit's multi-click interval, which a loaded machine overruns.
        double[][] corners = {{126.575, 45.705}, {126.605, 45.705}, {126.605, 45.725}, {126.575, 45.725}};
        Node map = view.map();
        javafx.geometry.Point2D[] at = new javafx.geometry.Point2D[corners.length];
        for (int i = 0; i < corners.length; i++) {
            int k = i;
            at[k] = fx(() -> {
                double[] p = view.map().toScreen(corners[k][0], corners[k][1]);
                return map.localToScreen(p[0], p[1]);
            });
            javafx.geometry.Point2D corner = at[k];
            assertTrue(fx(() -> map.localToScreen(map.getLayoutBounds()).contains(corner)), "corner " + k + " is on the map");
            assertFalse(fx(() -> view.legend().localToScreen(view.legend().getLayoutBounds()).contains(corner)),
                    "corner " + k + " is not under the key");
        }
        for (javafx.geometry.Point2D p : at) clickOn(p);
        clickOn(at[3], javafx.scene.input.MouseButton.SECONDARY);
        await("the evacuation order is in the log", () -> session.driver().latest().decisions().stream().anyMatch(d -> d.type().equals("evacuate-zone")));
        var order = session.driver().latest().decisions().stream().filter(d -> d.type().equals("evacuate-zone")).findFirst().orElseThrow();
        var zone = ((org.drillsim.world.command.Command.EvacuateZone) order.command()).polygonLonLat();
        assertEquals(5, zone.size(), "four corners and the closing point");
        assertEquals(corners[0][0], zone.get(0).get(0), 1e-3);
        assertEquals(corners[2][1], zone.get(2).get(1), 1e-3);
        assertFalse(fx(() -> view.map().isDrawingZone()));
        if (order.accepted()) assertEquals(1, session.driver().latest().map().evacuationZones().size());
        showAt(session.driver().simTime());
        shot("trainer-evacuation-zone-zh.png");
    }

    @Test
    void switchingToEnglishRelabelsTheWindow() {
        showAt(0);
        clickOn("#language");
        assertTrue(text("#title").startsWith("DrillSim emergency drill"), text("#title"));
        assertEquals("Play", text("#play"));
        assertEquals("中文", text("#language"));
        session.driver().jumpTo(SimTime.ofMinutes(45));
        showAt(SimTime.ofMinutes(45));
        assertEquals(session.driver().latest().fired().get(0).inject().message().en(), text("#inject-message"));
        shot("trainer-en.png");
        clickOn("#language");
        assertEquals("运行", text("#play"));
    }

    @Test
    void traineesDoNotSeeInjectsToComeNorTheExpectedAction() {
        TrainerView trainee = fx(() -> {
            TrainerView v = new TrainerView(session, new Messages(Messages.CHINESE), DrillRole.TRAINEE);
            Stage st = new Stage();
            st.setScene(new Scene(v, 1400, 900));
            st.show();
            return v;
        });
        session.driver().jumpTo(SimTime.ofMinutes(45));
        await("at the inject", () -> session.driver().latest() != null && session.driver().latest().timeMs() == SimTime.ofMinutes(45));
        fx(() -> {
            trainee.refreshNow();
            return null;
        });
        assertEquals(0, fx(() -> trainee.injects().upcomingShown()));
        assertFalse(fx(() -> trainee.lookup("#next-inject").isVisible()), "no jump to the next inject for trainees");
        assertNotNull(trainee.lookup("#inject-hidden"));
        assertTrue(fx(() -> trainee.popup().isVisible()));
        Label expected = fx(() -> (Label) trainee.popup().getChildren().get(2));
        assertFalse(fx(expected::isVisible), "the expected action is for the controller only");
        fx(() -> Snapshots.save(trainee.getScene(), TestScreens.dir().resolve("trainer-trainee-zh.png")));
    }
}
