package org.drillsim.ui;

import javafx.stage.Stage;
import org.drillsim.ui.i18n.Messages;
import org.drillsim.ui.session.DrillRole;
import org.drillsim.ui.session.DrillSession;
import org.drillsim.world.PlanArea;
import org.drillsim.world.ScenarioSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import static org.drillsim.ui.TestSites.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The window shows a splash with the loading steps while the drill loads off the JavaFX thread, then the trainer. */
class SplashTest extends ApplicationTest {
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

    @Test
    void theSplashShowsTheLoadingStepsBeforeTheDrillIsLoadedThenTheTrainerReplacesIt() throws Exception {
        ScenarioSite site = TestSites.syntheticChlorine();
        CountDownLatch stepSaid = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<DrillSession> loaded = new AtomicReference<>();
        AtomicReference<Thread> loaderThread = new AtomicReference<>();
        TrainerLauncher.Loading loading = new TrainerLauncher.Loading(Messages.CHINESE, DrillRole.CONTROLLER, progress -> {
            loaderThread.set(Thread.currentThread());
            progress.accept("读取路网 / loading roads");
            stepSaid.countDown();
            assertTrue(release.await(60, TimeUnit.SECONDS), "the test lets the load finish");
            return DrillSession.start(site, "synthetic-chlorine", site.scenario().seed(), Set.of(PlanArea.MEDICAL), dir.resolve("splash.jsonl"));
        });
        fx(() -> {
            TrainerApp.open(stage, loading, loaded::set, e -> { throw new AssertionError(e); });
            return null;
        });
        try {
            assertTrue(stepSaid.await(60, TimeUnit.SECONDS), "the loader runs");
            WaitForAsyncUtils.waitForFxEvents();
            fx(() -> {
                assertTrue(stage.isShowing(), "the window is open while the drill loads");
                assertNotNull(stage.getScene().lookup("#splash"), "it shows the splash");
                assertNull(stage.getScene().lookup("#trainer"), "not the trainer yet");
                assertEquals("1. 读取路网 / loading roads", ((javafx.scene.control.Label) stage.getScene().lookup("#splash-step")).getText());
                assertNotNull(stage.getScene().lookup("#splash-progress"));
                return Snapshots.save(stage.getScene(), TestScreens.dir().resolve("trainer-splash.png"));
            });
            assertNull(loaded.get(), "the drill is not loaded yet");
            assertTrue(loaderThread.get() != null && !loaderThread.get().getName().contains("JavaFX"), "loaded off the JavaFX thread");
            release.countDown();
            await("the trainer replaces the splash", () -> fx(() -> stage.getScene().lookup("#trainer") != null));
            fx(() -> {
                assertNull(stage.getScene().lookup("#splash"));
                return Snapshots.save(stage.getScene(), TestScreens.dir().resolve("trainer-after-splash.png"));
            });
        } finally {
            release.countDown();
            if (loaded.get() != null) loaded.get().close();
        }
    }
}
