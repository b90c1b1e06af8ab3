package org.drillsim.ui.view;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.scene.paint.Color;
import org.drillsim.format.library.ScenarioLibrary;
import org.drillsim.hazards.HazardKind;
import org.drillsim.hazards.HazardZone;
import org.drillsim.ui.map.HazardStyle;
import org.drillsim.routing.MapLocator;
import org.drillsim.ui.Snapshots;
import org.drillsim.ui.TestScreens;
import org.drillsim.ui.TestSites;
import org.drillsim.ui.i18n.Messages;
import org.drillsim.ui.session.DrillRole;
import org.drillsim.ui.session.DrillSession;
import org.drillsim.world.PlanArea;
import org.drillsim.world.ScenarioSite;
import org.drillsim.world.SiteLoader;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The trainer at the screen sizes of office PCs (1366×768) and of a projector (1920×1080): the controls a drill
 * needs stay inside the window, and screenshots of the Harbin flood (when the extract is present) are written
 * to {@code target/screenshots} to be looked at.
 */
class TrainerScreensTest extends ApplicationTest {
    @TempDir
    static Path dir;

    private Stage stage;

    @Override
    public void start(Stage stage) {
        this.stage = stage;
    }

    private <T> T fx(Callable<T> c) {
        try {
            return WaitForAsyncUtils.asyncFx(c).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private TrainerView show(DrillSession session, double w, double h) {
        expectedWidth = w;
        TrainerView view = fx(() -> {
            TrainerView v = new TrainerView(session, new Messages(Messages.CHINESE), DrillRole.CONTROLLER);
            // the primary stage is shared by the test classes: forget sizes another one set
            stage.setMinWidth(0);
            stage.setMinHeight(0);
            stage.setScene(new Scene(v, w, h));
            stage.sizeToScene();
            stage.show();
            v.applyCss();
            v.layout();
            return v;
        });
        TestSites.await("first snapshot", () -> session.driver().latest() != null);
        fx(() -> {
            view.refreshNow();
            view.layout();
            return null;
        });
        return view;
    }

    private static double expectedWidth;

    private static void assertInside(Scene scene, String selector) {
        Node n = scene.lookup(selector);
        assertNotNull(n, selector);
        assertTrue(n.isVisible(), selector + " visible");
        assertEquals(expectedWidth, scene.getWidth(), "the window's width");
        Bounds b = n.localToScene(n.getBoundsInLocal());
        assertTrue(b.getWidth() > 0 && b.getHeight() > 0, selector + " has a size: " + b);
        assertTrue(b.getMinX() >= 0 && b.getMinY() >= 0 && b.getMaxX() <= scene.getWidth() + 0.5 && b.getMaxY() <= scene.getHeight() + 0.5,
                selector + " " + b + " inside the " + scene.getWidth() + "×" + scene.getHeight() + " window");
    }

    @Test
    void onA1366x768ScreenTheRunButtonClockAndReviewButtonsAreInsideTheWindow() {
        ScenarioSite site = TestSites.syntheticChlorine();
        DrillSession session = DrillSession.start(site, "synthetic-chlorine", site.scenario().seed(), Set.of(PlanArea.MEDICAL),
                dir.resolve("layout.jsonl"));
        try {
            TrainerView view = show(session, 1366, 768);
            fx(() -> {
                Scene scene = view.getScene();
                for (String id : new String[] {"#play", "#clock", "#review", "#export", "#language", "#next-inject", "#speed-60", "#map-legend"}) {
                    assertInside(scene, id);
                }
                return Snapshots.save(scene, TestScreens.dir().resolve("trainer-synthetic-1366x768.png"));
            });
        } finally {
            session.close();
        }
    }

    /** The flood scenario on the Harbin extract, at both sizes; skipped without the extract. */
    @Test
    void harbinFloodScreenshotsAtOfficeAndProjectorSizes() throws Exception {
        Assumptions.assumeTrue(MapLocator.find("harbin.osm.pbf").isPresent(), "the Harbin extract (DRILLSIM_MAPS)");
        ScenarioSite site = SiteLoader.load(ScenarioLibrary.load("harbin-songhua-flood"), null, null, null);
        for (int[] size : new int[][] {{1366, 768}, {1920, 1080}}) {
            DrillSession session = DrillSession.start(site, "harbin-songhua-flood", site.scenario().seed(), Set.of(PlanArea.MEDICAL),
                    dir.resolve("flood-" + size[0] + ".jsonl"));
            try {
                TrainerView view = show(session, size[0], size[1]);
                fx(() -> {
                    Scene scene = view.getScene();
                    for (String id : new String[] {"#play", "#clock", "#review", "#export"}) {
                        assertInside(scene, id);
                    }
                    assertTrue(view.map().water().stream().anyMatch(w -> w.name().equals("松花江")), "the Songhua is drawn and named from the start");
                    // the Songbei embankment that breaches at T+40 h is in the first view
                    double[] breach = view.map().toScreen(126.59, 45.815);
                    assertTrue(breach[0] > 0 && breach[0] < view.map().getWidth() && breach[1] > 0 && breach[1] < view.map().getHeight(),
                            "Songbei on screen: " + breach[0] + ", " + breach[1]);
                    return Snapshots.save(scene, TestScreens.dir().resolve("trainer-flood-" + size[0] + "x" + size[1] + ".png"));
                });
            } finally {
                session.close();
            }
        }
    }

    /** The key's flood swatch runs from the fill the map gives the mildest zone of a real flood to that of the deepest. */
    @Test
    void theLegendsHazardSwatchHasTheColoursTheMapFillsTheFloodWith() {
        ScenarioSite site = TestSites.syntheticSmall();
        org.drillsim.hazards.Hazard flood = site.hazards().stream().filter(h -> h.kind() == HazardKind.FLOOD).findFirst().orElseThrow();
        List<HazardZone> zones = new ArrayList<>();
        for (long t = 0; t <= site.scenario().horizonMs() && zones.size() < 2; t += 3_600_000L) zones = new ArrayList<>(flood.footprintAt(t).zones());
        assertTrue(zones.size() >= 2, "the synthetic flood has depth bands");
        zones.sort(Comparator.comparingDouble(HazardZone::intensity));
        int n = zones.size();
        // what MapView's hazard layer fills the mildest and the deepest band with
        Color mildest = HazardStyle.fill(zones.get(0), 0, n);
        Color deepest = HazardStyle.fill(zones.get(n - 1), n - 1, n);
        MapLegend legend = fx(() -> new MapLegend(new Messages(Messages.CHINESE), List.of(HazardKind.FLOOD)));
        List<Color> swatch = legend.hazardSwatch(HazardKind.FLOOD);
        assertEquals(mildest, swatch.get(0));
        assertEquals(deepest, swatch.get(swatch.size() - 1));
        assertTrue(deepest.getBlue() > deepest.getRed() && mildest.getBlue() > mildest.getRed(), "a flood is blue: " + mildest + ", " + deepest);
        assertEquals(List.of(), legend.hazardSwatch(HazardKind.CHEMICAL), "no row for a hazard the drill does not have");
    }
}
