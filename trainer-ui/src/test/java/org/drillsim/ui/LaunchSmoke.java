package org.drillsim.ui;

import javafx.application.Platform;
import javafx.stage.Window;
import org.drillsim.world.PlanArea;
import org.drillsim.world.ScenarioSite;
import org.drillsim.ui.i18n.Messages;
import org.drillsim.ui.session.DrillRole;
import org.drillsim.ui.session.DrillSession;

import java.nio.file.Path;
import java.util.Set;

/**
 * A separate JVM's main for {@link LaunchTest}: opens the trainer through {@link TrainerLauncher} (as
 * {@code drillsim ui} does, loading the drill behind the splash), waits for the trainer window, saves a screenshot, closes it, and exits 0.
 */
public final class LaunchSmoke {
    private LaunchSmoke() {
    }

    public static void main(String[] args) throws Exception {
        Path journal = Path.of(args[0]);
        Path shot = Path.of(args[1]);
        Thread closer = new Thread(() -> {
            try {
                long deadline = System.nanoTime() + 240_000_000_000L; // the drill loads behind the splash first
                while (System.nanoTime() < deadline) {
                    Thread.sleep(200);
                    boolean[] done = {false};
                    try {
                        Platform.runLater(() -> {
                            for (Window w : Window.getWindows()) {
                                // the trainer, not the splash shown while the drill loads
                                if (w.isShowing() && w.getScene() != null && w.getScene().lookup("#trainer") != null) {
                                    Snapshots.save(w.getScene(), shot);
                                    done[0] = true;
                                    Platform.exit();
                                    return;
                                }
                            }
                        });
                    } catch (IllegalStateException notYet) { // the toolkit is still starting
                        continue;
                    }
                    Thread.sleep(800);
                    if (done[0]) return;
                }
                System.exit(3);
            } catch (InterruptedException e) {
                System.exit(4);
            }
        });
        closer.setDaemon(true);
        closer.start();
        TrainerLauncher.run(new TrainerLauncher.Loading(Messages.CHINESE, DrillRole.CONTROLLER, progress -> {
            ScenarioSite site = TestSites.syntheticChlorine();
            return DrillSession.start(site, "synthetic-chlorine", site.scenario().seed(), Set.of(PlanArea.MEDICAL), journal);
        }));
        System.exit(0);
    }
}
