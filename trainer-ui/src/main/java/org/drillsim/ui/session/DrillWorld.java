package org.drillsim.ui.session;

import org.drillsim.world.command.Command;
import org.drillsim.world.command.CommandRecord;
import org.drillsim.world.command.Role;
import org.drillsim.format.model.Inject;
import org.drillsim.world.log.EventLog;
import org.drillsim.world.PlanArea;
import org.drillsim.world.ScenarioSite;
import org.drillsim.world.World;
import org.drillsim.world.WorldOptions;
import org.drillsim.ui.clock.SimDriver;
import org.drillsim.ui.journal.JournalEntry;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One drill's simulated world as the trainer drives it: builds the {@link World} with the plan running the
 * areas trainees do not take over, advances it, applies people's commands and injects between advances,
 * and takes snapshots. Single-threaded: every method runs on the simulation thread (the
 * {@link SimDriver}'s, or the caller's for a replay).
 * <p>
 * Determinism: a command is applied right after {@code runUntil(t)}, when every event up to {@code t} has
 * run, so re-simulating the same seed and applying the journal entries at their times in file order
 * rebuilds exactly the same world.
 */
public final class DrillWorld implements SimDriver.Engine<DrillSnapshot> {
    private final ScenarioSite site;
    private final World world;
    private final Set<PlanArea> manualAreas;
    private final SnapshotBuilder snapshots;
    private final List<String> drillRoles = new ArrayList<>(); // drill role per bus journal entry (seq - 1)
    private final EventLog log;
    private boolean finished;
    private String pendingRole = "trainee";

    /**
     * @param site        the scenario site (shared, read-only)
     * @param seed        master seed
     * @param manualAreas plan areas the trainees run; the plan runs the rest automatically
     * @param log         the event log of this drill
     */
    public DrillWorld(ScenarioSite site, long seed, Set<PlanArea> manualAreas, EventLog log) {
        this.site = site;
        this.log = log;
        this.manualAreas = manualAreas.isEmpty() ? EnumSet.noneOf(PlanArea.class) : EnumSet.copyOf(manualAreas);
        Set<PlanArea> automatic = EnumSet.allOf(PlanArea.class);
        automatic.removeAll(this.manualAreas);
        this.world = World.create(site, seed, 0, WorldOptions.baseline(log).withAutomatic(automatic));
        // Remembers who made each command: the plan, or the person whose command apply() is issuing.
        this.world.commands().addListener(r -> drillRoles.add(r.command().issuer().role() == Role.PLAN ? "plan" : pendingRole));
        this.world.start();
        this.snapshots = new SnapshotBuilder(this);
    }

    /** The world (simulation thread only). */
    public World world() {
        return world;
    }

    /** The scenario site. */
    public ScenarioSite site() {
        return site;
    }

    /** The event log. */
    public EventLog log() {
        return log;
    }

    /** Plan areas run by the trainees. */
    public Set<PlanArea> manualAreas() {
        return EnumSet.copyOf(manualAreas.isEmpty() ? EnumSet.noneOf(PlanArea.class) : manualAreas);
    }

    /** The drill role ({@code trainee}, {@code controller}, {@code plan}) of the bus journal entry {@code seq}. */
    String drillRoleOf(long seq) {
        return seq - 1 < drillRoles.size() ? drillRoles.get((int) (seq - 1)) : "plan";
    }

    @Override
    public long now() {
        return world.now();
    }

    @Override
    public void advanceTo(long timeMs) {
        long target = Math.min(timeMs, horizonMs());
        if (target > world.now()) world.sim().runUntil(target);
        if (world.now() >= horizonMs() && !finished) {
            finished = true;
            world.finish();
        }
    }

    /** True once the horizon was reached and the modules finished. */
    public boolean isFinished() {
        return finished;
    }

    @Override
    public long horizonMs() {
        return world.horizonMs();
    }

    @Override
    public long nextStopAfter(long timeMs) {
        long next = Long.MAX_VALUE;
        for (Inject i : site.scenario().injects()) {
            long t = injectTimeMs(i);
            if (t > timeMs && t < next) next = t;
        }
        return next;
    }

    /** Scripted time of an inject, ms. */
    public static long injectTimeMs(Inject i) {
        return Math.round(i.atMinutes() * 60_000);
    }

    @Override
    public DrillSnapshot snapshot() {
        return snapshots.build();
    }

    /**
     * Applies a person's command now through the kernel's command queue and the command bus.
     *
     * @param drillRole {@code trainee} or {@code controller}
     * @return the command bus's record (accepted, or rejected with the reason)
     */
    public CommandRecord apply(Command command, String drillRole) {
        CommandRecord[] out = new CommandRecord[1];
        pendingRole = drillRole;
        try {
            world.commands().submit(command, r -> out[0] = r);
            world.sim().applyCommands();
        } finally {
            pendingRole = "trainee";
        }
        if (out[0] == null) throw new IllegalStateException("command " + command.type() + " was not applied by the kernel");
        return out[0];
    }

    /**
     * Fires an ad-hoc inject now: the response model applies its effects (road closures, hospital power, wind,
     * river stage) exactly as it applies the scenario's scripted injects.
     */
    public void fireInject(Inject inject) {
        world.injects().fire(inject);
    }

    /** Applies one journal entry (resume and replay): the simulation must already be at the entry's time. */
    public void applyEntry(JournalEntry entry) {
        if (entry instanceof JournalEntry.CommandMade c) {
            CommandRecord r = apply(c.command(), c.drillRole());
            if (r.accepted() != c.accepted())
                throw new IllegalStateException("replay diverged at T=" + c.timeMs() + " ms: command " + c.command().type()
                        + " was " + (c.accepted() ? "accepted" : "rejected") + " in the drill but " + (r.accepted() ? "accepted" : "rejected: " + r.reason()) + " now");
        } else if (entry instanceof JournalEntry.InjectFired i) {
            fireInject(i.inject());
        }
    }

    /** Re-simulates {@code entries} from the start: run to each entry's time, apply it; then run to {@code untilMs}. */
    public void replay(List<JournalEntry> entries, long untilMs) {
        for (JournalEntry e : entries) {
            advanceTo(e.timeMs());
            applyEntry(e);
        }
        advanceTo(untilMs);
    }
}
