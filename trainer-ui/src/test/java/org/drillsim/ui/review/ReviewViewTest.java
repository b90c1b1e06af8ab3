package org.drillsim.ui.review;

import javafx.scene.Scene;
import javafx.stage.Stage;
import org.drillsim.core.SimTime;
import org.drillsim.world.command.Command;
import org.drillsim.world.command.Issuer;
import org.drillsim.world.command.Role;
import org.drillsim.world.PlanArea;
import org.drillsim.world.ScenarioSite;
import org.drillsim.ui.Snapshots;
import org.drillsim.ui.TestScreens;
import org.drillsim.ui.TestSites;
import org.drillsim.ui.export.DrillExport;
import org.drillsim.ui.export.DrillRunDirectory;
import org.drillsim.ui.i18n.Messages;
import org.drillsim.ui.journal.JournalEntry;
import org.drillsim.ui.journal.JournalHeader;
import org.drillsim.ui.session.DecisionLine;
import org.drillsim.ui.session.DrillSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationTest;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The after-action review (trainees' run beside the plan's on the same seed) and the export. */
class ReviewViewTest extends ApplicationTest {
    private static final Set<PlanArea> MANUAL = Set.of(PlanArea.MEDICAL);
    private static final Issuer MEDIC = new Issuer(Role.MEDICAL, "王五");

    @TempDir
    Path dir;

    private ReviewView review;
    private ScenarioSite site;

    @Override
    public void start(Stage stage) {
        site = TestSites.syntheticChlorine();
        review = new ReviewView(site.network(), new Messages(Messages.CHINESE), site.scenario().horizonMs());
        stage.setScene(new Scene(review, 1500, 950));
        stage.show();
    }

    /** The trainees dispatch one ambulance at T+01:00 and nothing else: fewer people treated than by the plan. */
    private static List<JournalEntry> oneDispatch() {
        return List.of(new JournalEntry.CommandMade(SimTime.ofHours(1), "trainee", new Command.Dispatch(MEDIC, "amb-south-1", "cas-1"), true));
    }

    @Test
    void showsBothRunsSideBySideWithTheDifferencePerTarget() throws Exception {
        long seed = site.scenario().seed();
        RunRecording trainees = RunRecording.trainees(site, seed, MANUAL, oneDispatch(), 5 * 60_000L, null);
        RunRecording plan = RunRecording.plan(site, seed, 5 * 60_000L, null);
        List<DecisionLine> people = trainees.last().decisions().stream().filter(d -> !d.drillRole().equals("plan")).toList();
        assertEquals(1, people.size());
        WaitForAsyncUtils.asyncFx(() -> review.show(trainees, plan, people)).get();
        List<TargetComparison> atEnd = WaitForAsyncUtils.asyncFx(review::rows).get();
        TargetComparison medical = atEnd.stream().filter(c -> c.id().equals("medical-2h")).findFirst().orElseThrow();
        assertEquals(trainees.last().score().stream().filter(r -> r.id().equals("medical-2h")).findFirst().orElseThrow().value(),
                medical.trainees().value(), 0);
        assertTrue(medical.difference() < 0, "one manual dispatch treats a smaller share in time than the plan: " + medical.difference());
        assertTrue(medical.outcomeDiffers() || medical.plan().value() > medical.trainees().value());
        WaitForAsyncUtils.asyncFx(() -> review.moveTo(SimTime.ofHours(2))).get();
        List<TargetComparison> at2h = WaitForAsyncUtils.asyncFx(review::rows).get();
        assertEquals(trainees.at(SimTime.ofHours(2)).score().get(0).measure(), at2h.get(0).trainees().measure());
        Path shot = WaitForAsyncUtils.asyncFx(() -> Snapshots.save(review.getScene(), TestScreens.dir().resolve("review-zh.png"))).get();
        // A screenshot goes into the shared report: same permissions as an ordinary new file (umask), not 0600.
        Path plain = TestScreens.dir().resolve("plain.tmp");
        Files.deleteIfExists(plain);
        Files.createFile(plain);
        try {
            if (Files.getFileStore(shot).supportsFileAttributeView("posix")) {
                assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(shot));
            }
        } finally {
            Files.delete(plain);
        }
    }

    @Test
    void exportWritesTheReportWithEveryDecisionAndTheJournal() throws Exception {
        long seed = site.scenario().seed();
        RunRecording trainees = RunRecording.trainees(site, seed, MANUAL, oneDispatch(), 30 * 60_000L, null);
        DrillSnapshot end = trainees.last();
        JournalHeader header = new JournalHeader(JournalHeader.FORMAT, "synthetic-chlorine", site.scenario().id(), JournalHeader.hashOf(site.scenario()), seed, List.of("medical"), "2026-01-01T00:00:00Z");
        List<Path> files = new DrillExport(site, header, MANUAL).write(end, dir.resolve("export"));
        assertEquals(3, files.size());
        String html = Files.readString(dir.resolve("export/report.html"), StandardCharsets.UTF_8);
        assertTrue(html.contains("派遣 南岸医院 救护车 1 → 伤员点 cas-1（"), "the trainees' decision in words, units and tasks by name");
        assertFalse(html.contains("amb-south-1 →"), "no raw unit id in the decision");
        assertTrue(html.contains("重大灾害事故实现2小时紧急医学救援") || html.contains("2小时"), "the medical target");
        assertTrue(html.contains("参演人员"), "who made the decision");
        assertFalse(html.contains("预案自动执行 ·"), "the plan's automatic commands are not listed as decisions");
        assertTrue(Files.size(dir.resolve("export/report.docx")) > 1000);
        Path report = DrillRunDirectory.write(site, header, MANUAL, oneDispatch(), SimTime.ofHours(2), dir.resolve("export/run"));
        for (String f : List.of("run.json", "scorecard.json", "events.jsonl", "served.csv", "timeseries.csv", "report.html")) {
            assertTrue(Files.isRegularFile(dir.resolve("export/run").resolve(f)), f);
        }
        assertEquals(dir.resolve("export/run/report.html").toAbsolutePath(), report);
        org.drillsim.runformat.RunManifest.verify(dir.resolve("export/run")); // complete: what export accepts
        String events = Files.readString(dir.resolve("export/run/events.jsonl"), StandardCharsets.UTF_8);
        assertTrue(events.contains("\"type\":\"command\"") && events.contains("amb-south-1"), "the trainees' dispatch is in the event log");
        String scorecard = Files.readString(dir.resolve("export/run/scorecard.json"), StandardCharsets.UTF_8);
        assertTrue(scorecard.contains("\"medical-2h\""));
        Path journal = dir.resolve("j.jsonl");
        Files.writeString(journal, "{}\n");
        assertEquals(dir.resolve("export/journal.jsonl"), DrillExport.copyJournal(journal, dir.resolve("export")));
        assertEquals("{}\n", Files.readString(dir.resolve("export/journal.jsonl"), StandardCharsets.UTF_8));
        // The copy is shared like the reports beside it: same permissions as an ordinary new file (umask), not 0600.
        Path plain = Files.createFile(dir.resolve("export/plain"));
        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(dir.resolve("export/journal.jsonl")));
        }
    }
}
