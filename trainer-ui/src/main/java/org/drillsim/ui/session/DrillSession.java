package org.drillsim.ui.session;

import org.drillsim.world.command.Command;
import org.drillsim.world.command.CommandRecord;
import org.drillsim.format.model.Inject;
import org.drillsim.world.log.EventLog;
import org.drillsim.world.PlanArea;
import org.drillsim.world.ScenarioSite;
import org.drillsim.ui.clock.SimDriver;
import org.drillsim.ui.journal.Journal;
import org.drillsim.ui.journal.JournalEntry;
import org.drillsim.ui.journal.JournalException;
import org.drillsim.ui.journal.JournalHeader;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;

/**
 * A running drill: the simulated world on its driver thread, and the journal every decision is written to
 * (and forced to disk) as it is made. {@link #resume} rebuilds a drill after a crash by re-simulating the
 * seed and the journal. Methods may be called from any thread; results come back on the simulation thread.
 */
public final class DrillSession implements AutoCloseable {
    /** Wall time between two clock entries in the journal while the clock runs. */
    private static final long CLOCK_ENTRY_NANOS = 1_000_000_000L;

    private final DrillWorld drill;
    private final Journal journal;
    private final SimDriver<DrillSnapshot> driver;
    private final ResumeInfo resumed;

    /** What {@link #resume} found: decisions re-applied, where the drill was, and whether a torn line was dropped. */
    public record ResumeInfo(int entries, long timeMs, boolean tornTailDropped) {
    }

    private DrillSession(DrillWorld drill, Journal journal, ResumeInfo resumed, LongSupplier nanoClock) {
        this.drill = drill;
        this.journal = journal;
        this.resumed = resumed;
        this.driver = new SimDriver<>(new JournalingEngine(drill, journal, nanoClock), nanoClock);
    }

    /**
     * Starts a new drill.
     *
     * @param site        the scenario site
     * @param scenarioArg how the scenario was named (library id or file path), stored in the journal for resuming
     * @param seed        master seed
     * @param manualAreas plan areas the trainees run
     * @param journalFile the new journal (must not exist)
     */
    public static DrillSession start(ScenarioSite site, String scenarioArg, long seed, Set<PlanArea> manualAreas, Path journalFile) {
        JournalHeader header = new JournalHeader(JournalHeader.FORMAT, scenarioArg, site.scenario().id(),
                JournalHeader.hashOf(site.scenario()), seed, areaIds(manualAreas), Instant.now().toString());
        Journal journal = Journal.create(journalFile, header);
        DrillWorld drill = new DrillWorld(site, seed, manualAreas, EventLog.inMemory());
        DrillSession s = new DrillSession(drill, journal, null, System::nanoTime);
        s.driver.start();
        return s;
    }

    /**
     * Reopens a drill from its journal: rebuilds the world from the header's scenario and seed, re-applies
     * every entry at its time, and continues where the journal ends (the last decision or clock entry).
     *
     * @param sites builds the scenario site named in the header
     * @throws JournalException (file and line, one line zh / en) when the journal is damaged or edited, belongs to
     *                          another or a changed scenario, or an entry does not replay as it was made
     */
    public static DrillSession resume(Path journalFile, Function<JournalHeader, ScenarioSite> sites) {
        Journal.Contents checked = Journal.read(journalFile);
        ScenarioSite site = sites.apply(checked.header());
        Journal.checkAgainst(checked, site.scenario(), null); // before open() changes the file
        Journal journal = Journal.open(journalFile);
        JournalHeader h = journal.header();
        DrillWorld drill = new DrillWorld(site, h.seed(), parseAreas(h.manualAreas()), EventLog.inMemory());
        List<JournalEntry> entries = journal.entries();
        try {
            for (int i = 0; i < entries.size(); i++) {
                drill.advanceTo(entries.get(i).timeMs());
                try {
                    drill.applyEntry(entries.get(i));
                } catch (IllegalStateException | IllegalArgumentException e) {
                    throw new JournalException(journalFile, journal.lineOf(i), "此条目无法重演 / the entry does not replay: " + e.getMessage());
                }
            }
        } catch (JournalException e) {
            journal.close();
            throw e;
        }
        int decisions = (int) entries.stream().filter(e -> !(e instanceof JournalEntry.ClockReached)).count();
        DrillSession s = new DrillSession(drill, journal, new ResumeInfo(decisions, drill.now(), journal.tornTailDropped()), System::nanoTime);
        s.driver.start();
        return s;
    }

    /** The clock driver (play, pause, speed, jump, latest snapshot). */
    public SimDriver<DrillSnapshot> driver() {
        return driver;
    }

    /** The journal. */
    public Journal journal() {
        return journal;
    }

    /** What a resume re-applied, or null for a new drill. */
    public ResumeInfo resumed() {
        return resumed;
    }

    /** The scenario site. */
    public ScenarioSite site() {
        return drill.site();
    }

    /** Plan areas the trainees run. */
    public Set<PlanArea> manualAreas() {
        return drill.manualAreas();
    }

    /** The drill world; touch it only from tasks posted to the driver. */
    public DrillWorld drillWorld() {
        return drill;
    }

    /**
     * Makes a decision: applied at the drill's current time through the command bus, then journaled and
     * forced to disk, then {@code onResult} runs (on the simulation thread).
     */
    public void issue(Command command, DrillRole role, Consumer<CommandRecord> onResult) {
        driver.post(() -> {
            CommandRecord r = drill.apply(command, role.id());
            journal.append(new JournalEntry.CommandMade(r.timeMs(), role.id(), command, r.accepted()));
            if (onResult != null) onResult.accept(r);
        });
    }

    /** Fires an ad-hoc inject (controller) now; journaled like a decision. */
    public void fireInject(Inject inject, Runnable onDone) {
        driver.post(() -> {
            long t = drill.now();
            drill.fireInject(inject);
            journal.append(new JournalEntry.InjectFired(t, inject));
            if (onDone != null) onDone.run();
        });
    }

    /** Pauses the clock and records how far the drill got. */
    public void pause() {
        driver.pause();
        driver.post(() -> journal.append(new JournalEntry.ClockReached(drill.now())));
    }

    /** Stops the driver and closes the journal. */
    @Override
    public void close() {
        driver.close();
        journal.close();
    }

    static List<String> areaIds(Set<PlanArea> areas) {
        List<String> out = new ArrayList<>();
        for (PlanArea a : PlanArea.values()) if (areas.contains(a)) out.add(a.name().toLowerCase(Locale.ROOT));
        return out;
    }

    /** Parses plan area ids ({@code medical}, {@code shelter} …); {@code all} and {@code none} too. */
    public static Set<PlanArea> parseAreas(List<String> ids) {
        Set<PlanArea> out = EnumSet.noneOf(PlanArea.class);
        for (String id : ids) {
            String s = id.trim().toUpperCase(Locale.ROOT);
            if (s.isEmpty() || s.equals("NONE")) continue;
            if (s.equals("ALL")) {
                out.addAll(EnumSet.allOf(PlanArea.class));
                continue;
            }
            try {
                out.add(PlanArea.valueOf(s));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("plan area '" + id + "': expected one of all, none, " + String.join(", ", areaIds(EnumSet.allOf(PlanArea.class))), e);
            }
        }
        return out;
    }

    /** Writes a clock entry to the journal about once a second of wall time while the clock runs. */
    private static final class JournalingEngine implements SimDriver.Engine<DrillSnapshot> {
        private final DrillWorld drill;
        private final Journal journal;
        private final LongSupplier nanoClock;
        private long lastEntryNanos;

        JournalingEngine(DrillWorld drill, Journal journal, LongSupplier nanoClock) {
            this.drill = drill;
            this.journal = journal;
            this.nanoClock = nanoClock;
            this.lastEntryNanos = nanoClock.getAsLong();
        }

        @Override
        public long now() {
            return drill.now();
        }

        @Override
        public void advanceTo(long timeMs) {
            drill.advanceTo(timeMs);
            long wall = nanoClock.getAsLong();
            if (wall - lastEntryNanos >= CLOCK_ENTRY_NANOS || drill.isFinished()) {
                journal.append(new JournalEntry.ClockReached(drill.now()));
                lastEntryNanos = wall;
            }
        }

        @Override
        public long horizonMs() {
            return drill.horizonMs();
        }

        @Override
        public long nextStopAfter(long timeMs) {
            return drill.nextStopAfter(timeMs);
        }

        @Override
        public DrillSnapshot snapshot() {
            return drill.snapshot();
        }
    }
}
