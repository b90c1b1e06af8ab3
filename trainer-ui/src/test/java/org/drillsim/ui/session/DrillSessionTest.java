package org.drillsim.ui.session;

import org.drillsim.core.SimTime;
import org.drillsim.world.command.Command;
import org.drillsim.world.command.CommandRecord;
import org.drillsim.world.command.Issuer;
import org.drillsim.world.command.Role;
import org.drillsim.world.log.EventLog;
import org.drillsim.world.PlanArea;
import org.drillsim.world.ScenarioSite;
import org.drillsim.ui.TestSites;
import org.drillsim.ui.journal.Journal;
import org.drillsim.ui.journal.JournalEntry;
import org.drillsim.ui.journal.JournalException;
import org.drillsim.ui.journal.JournalHeader;
import org.drillsim.ui.map.UnitMark;
import org.drillsim.ui.review.ReviewFrame;
import org.drillsim.ui.review.RunRecording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.drillsim.ui.TestSites.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The drill session without a screen: decisions, journal, crash and resume, replay. */
class DrillSessionTest {
    private static final Set<PlanArea> TRAINEES_RUN_MEDICAL = Set.of(PlanArea.MEDICAL);
    private static final Issuer MEDIC = new Issuer(Role.MEDICAL, "李四");

    @TempDir
    Path dir;

    private static DrillSnapshot at(DrillSession s, long t) {
        s.driver().jumpTo(t);
        await("drill at " + SimTime.format(t), () -> s.driver().latest() != null && s.driver().latest().timeMs() == t && s.driver().simTime() == t);
        return latestAfterTasks(s);
    }

    /** The snapshot published after every posted task so far has run. */
    private static DrillSnapshot latestAfterTasks(DrillSession s) {
        CompletableFuture<Long> done = new CompletableFuture<>();
        s.driver().post(() -> done.complete(s.driver().publishedCount()));
        long before = done.join();
        await("a snapshot after the posted tasks", () -> s.driver().publishedCount() > before);
        return s.driver().latest();
    }

    private static CommandRecord issue(DrillSession s, Command c) throws Exception {
        CompletableFuture<CommandRecord> r = new CompletableFuture<>();
        s.issue(c, DrillRole.TRAINEE, r::complete);
        return r.get(20, TimeUnit.SECONDS);
    }

    /**
     * Dispatches an available ambulance to a casualty task it can reach (some are cut off by the flood: the
     * command bus refuses those, and the refusals are decisions in the journal like any other); returns the unit id.
     */
    private static String dispatchFirst(DrillSession s, DrillSnapshot snap) throws Exception {
        for (TaskLine task : snap.tasks()) {
            if (!task.kind().equals("casualty")) continue;
            for (UnitLine unit : snap.units()) {
                if (!unit.isAvailable() || !unit.type().equals("ambulance")) continue;
                CommandRecord r = issue(s, new Command.Dispatch(MEDIC, unit.id(), task.id()));
                if (r.accepted()) return unit.id();
            }
        }
        throw new AssertionError("no ambulance can reach any casualty at " + SimTime.format(snap.timeMs()));
    }

    @Test
    void aDispatchedUnitDrivesAlongItsRouteAndTheMedicalScoreRises() throws Exception {
        ScenarioSite site = TestSites.syntheticChlorine();
        try (DrillSession s = DrillSession.start(site, "synthetic-chlorine", site.scenario().seed(), TRAINEES_RUN_MEDICAL, dir.resolve("d.jsonl"))) {
            DrillSnapshot before = at(s, SimTime.ofHours(1));
            ScoreRow medical = before.score().stream().filter(r -> r.id().equals("medical-2h")).findFirst().orElseThrow();
            assertTrue(Double.isNaN(medical.value()), "nobody treated and nobody late yet: " + medical.measure());
            String unit = dispatchFirst(s, before);
            DrillSnapshot after = latestAfterTasks(s);
            UnitMark mark = after.map().units().stream().filter(u -> u.id().equals(unit)).findFirst().orElseThrow();
            assertTrue(mark.busy());
            assertTrue(mark.track().size() > 2 && mark.track().isMovingAt(SimTime.ofHours(1) + 1), "on its way along a routed track");
            double lon0 = mark.track().lonAt(SimTime.ofHours(1));
            double lat0 = mark.track().latAt(SimTime.ofHours(1));
            long half = (mark.track().startMs() + mark.track().endMs()) / 2;
            assertTrue(lon0 != mark.track().lonAt(half) || lat0 != mark.track().latAt(half), "moves between departure and arrival");
            // without the trainees' dispatch, medical-2h is 0 % at T+03:00 (every casualty untreated for 2 h)
            DrillSnapshot later = at(s, SimTime.ofHours(3));
            ScoreRow medicalLater = later.score().stream().filter(r -> r.id().equals("medical-2h")).findFirst().orElseThrow();
            assertTrue(medicalLater.value() > 0, "someone was treated: " + medicalLater.measure());
            assertEquals(1, later.decisions().stream().filter(d -> d.drillRole().equals("trainee") && d.accepted()).count());
        }
    }

    @Test
    void aCrashedDrillResumesInTheSameStateFromItsJournal() throws Exception {
        ScenarioSite site = TestSites.syntheticChlorine();
        Path journal = dir.resolve("crash.jsonl");
        DrillSession crashed = DrillSession.start(site, "synthetic-chlorine", site.scenario().seed(), TRAINEES_RUN_MEDICAL, journal);
        dispatchFirst(crashed, at(crashed, SimTime.ofHours(1)));
        dispatchFirst(crashed, at(crashed, SimTime.ofMinutes(70)));
        issue(crashed, new Command.Dispatch(MEDIC, "no-such-unit", "cas-1")); // rejected, journaled as rejected
        DrillSnapshot beforeCrash = at(crashed, SimTime.ofMinutes(95));
        crashed.pause();
        latestAfterTasks(crashed); // the clock entry is on disk
        // kill -9: the session is abandoned without closing; a half-written line is left behind
        Files.writeString(journal, "{\"kind\":\"command\",\"timeMs\":2", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        crashed.driver().close();

        try (DrillSession resumed = DrillSession.resume(journal, h -> site)) {
            assertNotNull(resumed.resumed());
            assertTrue(resumed.resumed().tornTailDropped());
            assertEquals(crashed.journal().entries().stream().filter(e -> !(e instanceof JournalEntry.ClockReached)).count(), resumed.resumed().entries());
            assertEquals(beforeCrash.timeMs(), resumed.resumed().timeMs());
            DrillSnapshot after = latestAfterTasks(resumed);
            assertSameState(beforeCrash, after);
        }
        crashed.journal().close();
    }

    /** A decision the journal says was accepted but that the world now rejects (an unknown unit): refused at its line. */
    @Test
    void anEntryThatDoesNotReplayAsMadeIsRefusedWithItsLineNumber() {
        ScenarioSite site = TestSites.syntheticChlorine();
        Path file = dir.resolve("edited.jsonl");
        JournalHeader h = new JournalHeader(JournalHeader.FORMAT, "synthetic-chlorine", site.scenario().id(),
                JournalHeader.hashOf(site.scenario()), site.scenario().seed(), List.of("medical"), "2026-01-01T00:00:00Z");
        try (Journal j = Journal.create(file, h)) {
            j.append(new JournalEntry.ClockReached(SimTime.ofMinutes(30)));
            j.append(new JournalEntry.CommandMade(SimTime.ofHours(1), "trainee", new Command.Dispatch(MEDIC, "no-such-unit", "cas-1"), true));
        }
        JournalException e = assertThrows(JournalException.class, () -> DrillSession.resume(file, x -> site));
        assertTrue(e.getMessage().startsWith(file + ":3: ") && e.getMessage().contains("does not replay"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }

    @Test
    void replayingTheJournalReproducesTheLiveScorecard() throws Exception {
        ScenarioSite site = TestSites.syntheticChlorine();
        Path journal = dir.resolve("replay.jsonl");
        DrillSnapshot live;
        List<JournalEntry> entries;
        try (DrillSession s = DrillSession.start(site, "synthetic-chlorine", site.scenario().seed(), TRAINEES_RUN_MEDICAL, journal)) {
            dispatchFirst(s, at(s, SimTime.ofHours(1)));
            dispatchFirst(s, at(s, SimTime.ofMinutes(70)));
            live = at(s, SimTime.ofMinutes(150));
            entries = s.journal().entries();
        }
        RunRecording replay = RunRecording.trainees(site, site.scenario().seed(), TRAINEES_RUN_MEDICAL, entries, 5 * 60_000L, null);
        ReviewFrame frame = replay.at(SimTime.ofMinutes(150));
        assertEquals(SimTime.ofMinutes(150), frame.timeMs());
        assertEquals(live.score(), frame.score());
        RunRecording plan = RunRecording.plan(site, site.scenario().seed(), 5 * 60_000L, null);
        assertEquals(site.scenario().horizonMs(), plan.frames().get(plan.frames().size() - 1).timeMs());
        assertFalse(plan.at(SimTime.ofMinutes(150)).score().equals(frame.score()), "the plan's automatic dispatching scores differently from two manual dispatches");
    }

    @Test
    void theSameJournalGivesTheSameEventLog() {
        ScenarioSite site = TestSites.syntheticChlorine();
        List<JournalEntry> entries = List.of(
                new JournalEntry.CommandMade(SimTime.ofMinutes(50), "trainee", new Command.CloseRoad(MEDIC, new org.drillsim.format.model.GeoPoint(45.72, 126.60), 200, null), true),
                new JournalEntry.ClockReached(SimTime.ofHours(3)));
        EventLog a = EventLog.inMemory();
        EventLog b = EventLog.inMemory();
        new DrillWorld(site, 99, Set.of(), a).replay(entries, SimTime.ofHours(3));
        new DrillWorld(site, 99, Set.of(), b).replay(entries, SimTime.ofHours(3));
        assertTrue(a.lines().size() > 10);
        assertEquals(a.lines(), b.lines());
    }

    private static void assertSameState(DrillSnapshot a, DrillSnapshot b) {
        assertEquals(a.timeMs(), b.timeMs());
        assertEquals(a.score(), b.score());
        assertEquals(a.decisions(), b.decisions());
        assertEquals(a.units(), b.units());
        assertEquals(a.tasks(), b.tasks());
        assertEquals(a.map().closedEdgeCount(), b.map().closedEdgeCount());
        for (int i = 0; i < a.map().units().size(); i++) {
            UnitMark x = a.map().units().get(i);
            UnitMark y = b.map().units().get(i);
            assertEquals(x.id(), y.id());
            assertEquals(x.track().lonAt(a.timeMs() + 60_000), y.track().lonAt(a.timeMs() + 60_000), 0);
            assertEquals(x.track().latAt(a.timeMs() + 60_000), y.track().latAt(a.timeMs() + 60_000), 0);
        }
    }
}
