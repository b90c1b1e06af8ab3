package org.drillsim.ui;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.drillsim.world.ScenarioSite;
import org.drillsim.ui.export.DrillExport;
import org.drillsim.ui.export.DrillRunDirectory;
import org.drillsim.ui.i18n.Messages;
import org.drillsim.ui.journal.JournalEntry;
import org.drillsim.ui.journal.JournalHeader;
import org.drillsim.ui.review.ReviewView;
import org.drillsim.ui.review.RunRecording;
import org.drillsim.ui.session.DecisionLine;
import org.drillsim.ui.session.DrillSession;
import org.drillsim.ui.session.DrillSnapshot;
import org.drillsim.ui.view.TrainerView;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** The trainer's secondary windows and actions: the after-action review and the export. */
final class TrainerWindows {
    /** Review frames are sampled every 5 simulated minutes. */
    static final long REVIEW_STEP_MS = 5 * 60_000L;
    /** The review window's size on a large screen (smaller screens: their visible area). */
    static final double REVIEW_WIDTH = 1500;
    static final double REVIEW_HEIGHT = 950;

    private final DrillSession session;
    private final Messages msg;
    private final TrainerView view;
    private final Stage owner;

    TrainerWindows(DrillSession session, Messages msg, TrainerView view, Stage owner) {
        this.session = session;
        this.msg = msg;
        this.view = view;
        this.owner = owner;
    }

    /**
     * Opens the review: re-simulates the trainees' run from the journal and the plan as written on the
     * same seed (on a background thread), then shows them side by side.
     */
    void openReview() {
        ScenarioSite site = session.site();
        ReviewView review = new ReviewView(site, msg);
        Stage stage = new Stage();
        stage.initOwner(owner);
        stage.titleProperty().bind(msg.bind("review.title"));
        TrainerApp.fitToScreen(stage, javafx.stage.Screen.getPrimary().getVisualBounds(), REVIEW_WIDTH, REVIEW_HEIGHT);
        stage.setScene(new Scene(review));
        stage.show();
        // The journal is appended on the simulation thread: read it there.
        session.driver().post(() -> {
            List<JournalEntry> entries = session.journal().entries();
            JournalHeader h = session.journal().header();
            Set<org.drillsim.world.PlanArea> manual = session.manualAreas();
            Thread worker = new Thread(() -> {
                RunRecording trainees = RunRecording.trainees(site, h.seed(), manual, entries, REVIEW_STEP_MS,
                        p -> Platform.runLater(() -> review.progress(p / 2)));
                RunRecording plan = RunRecording.plan(site, h.seed(), REVIEW_STEP_MS, p -> Platform.runLater(() -> review.progress(0.5 + p / 2)));
                List<DecisionLine> people = trainees.last().decisions().stream().filter(d -> !d.drillRole().equals("plan")).toList();
                Platform.runLater(() -> review.show(trainees, plan, people));
            }, "drillsim-review");
            worker.setDaemon(true);
            worker.start();
        });
    }

    /**
     * Exports the drill next to the journal: the drill record (report.html/.docx/.xlsx with every decision, the
     * journal, a screenshot) at once, then — re-simulated on a background thread — the run directory of the drill
     * in the {@code drillsim run} format with its report, in {@code run/}.
     */
    void export() {
        DrillSnapshot s = session.driver().latest();
        if (s == null) return;
        Path dir = DrillExport.defaultDirectory(session.journal().file());
        try {
            Snapshots.save(view.getScene(), dir.resolve("screen.png"));
            new DrillExport(session.site(), session.journal().header(), session.manualAreas()).write(s, dir);
            DrillExport.copyJournal(session.journal().file(), dir);
            view.notice(msg.format("export.done", dir));
        } catch (RuntimeException e) {
            view.notice(msg.format("export.failed", e.getMessage()));
            return;
        }
        session.driver().post(() -> {
            List<JournalEntry> entries = session.journal().entries();
            JournalHeader h = session.journal().header();
            Set<org.drillsim.world.PlanArea> manual = session.manualAreas();
            Thread worker = new Thread(() -> {
                try {
                    Path report = DrillRunDirectory.write(session.site(), h, manual, entries, s.timeMs(), dir.resolve("run"));
                    Platform.runLater(() -> view.notice(msg.format("export.done", report)));
                } catch (RuntimeException e) {
                    Platform.runLater(() -> view.notice(msg.format("export.failed", e.getMessage())));
                }
            }, "drillsim-export");
            worker.setDaemon(true);
            worker.start();
        });
    }
}
