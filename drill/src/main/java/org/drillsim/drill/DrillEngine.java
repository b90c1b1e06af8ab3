package org.drillsim.drill;

import org.drillsim.format.model.Inject;
import org.drillsim.routing.RoadNetwork;
import org.drillsim.world.Facility;
import org.drillsim.world.PlanArea;
import org.drillsim.world.ScenarioSite;
import org.drillsim.world.Task;
import org.drillsim.world.Unit;
import org.drillsim.world.World;
import org.drillsim.world.WorldOptions;
import org.drillsim.world.command.Command;
import org.drillsim.world.command.CommandRecord;
import org.drillsim.world.command.Issuer;
import org.drillsim.world.log.EventLog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One joint drill's simulation, without networking: the world with the seats' plan areas taken over, the queue of
 * seats' orders, the inboxes, the expected actions and the journal. Single-threaded: the server calls it from its
 * one drill thread only.
 *
 * <p><b>Order of commands.</b> Orders that pass their seat's permissions wait in a queue and are applied at the next
 * clock tick, when every event up to the drill's time has run, sorted by <em>seat name</em> (Java string order of
 * the Chinese name) and then by the seat's own sequence number. So two seats' orders that fall on the same simulated
 * time apply in the same order however the network delivered them, and the journal (written in application order)
 * replays to the same event log.
 */
public final class DrillEngine {
    private static final int MAX_TASKS_SHOWN = 60;

    private final ScenarioSite site;
    private final World world;
    private final List<Seat> seats;
    private final DrillScript script;
    private final EventLog log;
    private DrillJournal journal;
    private final List<Pending> pending = new ArrayList<>();
    private final Map<String, Long> seatSeq = new HashMap<>();
    private final List<Decision> decisions = new ArrayList<>();
    private final List<InboxMessage> inbox = new ArrayList<>();
    private final List<Issued> issued = new ArrayList<>();
    private final Map<String, String> lastStatus = new HashMap<>();
    private int scriptNext;
    private boolean ended;

    /** An order waiting for the next tick. */
    private record Pending(String seat, String name, long seatSeq, Command command, Consumer<Decision> onApplied) {
    }

    /** An expected action and when its inject reached the seat. */
    public record Issued(ExpectedAction action, long issuedMs) {
    }

    /**
     * @param site   the scenario site
     * @param seed   master seed
     * @param seats  the player seats in this drill; they take over their plan areas, the plan runs the rest
     * @param script the control cell's scripted injects
     */
    public DrillEngine(ScenarioSite site, long seed, List<Seat> seats, DrillScript script) {
        this.site = site;
        this.seats = seats.stream().sorted(Comparator.comparing(Seat::zh)).toList();
        this.script = script;
        this.log = EventLog.inMemory();
        Set<PlanArea> automatic = EnumSet.allOf(PlanArea.class);
        automatic.removeAll(Seat.areasOf(seats));
        this.world = World.create(site, seed, 0, WorldOptions.baseline(log).withAutomatic(automatic));
        world.commands().addGate(c -> SeatGate.check(c, world.units()));
        // the scenario's own injects reach every seat as a situation report (double-blind: nothing else tells them)
        world.injects().onFired(f -> deliver(InboxMessage.EVERYONE, Channel.BRIEFING, "情景 / scenario", text(f.inject()), List.of()));
        world.start();
        for (Seat s : this.seats) for (Unit u : ownUnits(s)) lastStatus.put(u.id(), status(u));
    }

    /** Writes every later decision, inject and clock mark to this journal. */
    public void journalTo(DrillJournal j) {
        this.journal = j;
    }

    /** The seats of this drill, in the stated order. */
    public List<Seat> seats() {
        return seats;
    }

    /** The seat of this drill with this name, or null. */
    public Seat seat(String name) {
        return Seat.find(name).filter(seats::contains).orElse(null);
    }

    /** The world (drill thread only). */
    public World world() {
        return world;
    }

    /** The event log. */
    public EventLog log() {
        return log;
    }

    /** Simulated time, ms. */
    public long now() {
        return world.now();
    }

    /** The horizon, ms. */
    public long horizonMs() {
        return world.horizonMs();
    }

    /** Whether the drill is over. */
    public boolean ended() {
        return ended;
    }

    /**
     * Checks an order against the seat's permissions and queues it for the next tick.
     *
     * @return the refusal reason, or null when queued
     */
    public String order(Seat seat, String name, Command c, Consumer<Decision> onApplied, long[] seqOut) {
        if (ended) return "推演已结束 / the drill is over";
        String refusal = SeatGate.check(c, world.units());
        if (refusal != null) return refusal;
        long n = seatSeq.merge(seat.zh(), 1L, Long::sum);
        if (seqOut != null) seqOut[0] = n;
        pending.add(new Pending(seat.zh(), name, n, c, onApplied));
        return null;
    }

    /** Applies the queued orders now (sorted by seat, then the seat's sequence), then runs the world to {@code timeMs}. */
    public void advanceTo(long timeMs) {
        applyPending();
        long target = Math.min(timeMs, horizonMs());
        while (scriptNext < script.items().size() && script.items().get(scriptNext).atMs() <= target) {
            DrillScript.Item it = script.items().get(scriptNext++);
            runTo(it.atMs());
            deliver(it.to(), it.channel(), it.from() == null ? Seat.CONTROLLER : it.from(), it.text(), it.expect());
        }
        runTo(target);
        unitReports();
        if (world.now() >= horizonMs()) finish();
    }

    private void runTo(long t) {
        if (t > world.now()) world.sim().runUntil(t);
    }

    private void applyPending() {
        if (pending.isEmpty()) return;
        List<Pending> batch = new ArrayList<>(pending);
        pending.clear();
        batch.sort(Comparator.comparing(Pending::seat).thenComparingLong(Pending::seatSeq));
        for (Pending p : batch) {
            Decision d = apply(p.seat, p.name, p.seatSeq, p.command);
            if (journal != null) journal.add(DrillJournal.Entry.cmd(d.timeMs(), p.seat, p.name, p.seatSeq, Commands.toJson(p.command)));
            if (p.onApplied != null) p.onApplied.accept(d);
        }
    }

    private Decision apply(String seat, String name, long seq, Command c) {
        String unitId = SeatGate.unitOf(c);
        Unit u = unitId == null ? null : world.units().get(unitId);
        String taskId = c instanceof Command.Dispatch d ? d.taskId() : c instanceof Command.Reassign r ? r.taskId() : null;
        Task task = taskId == null ? null : world.tasks().get(taskId);
        RoadNetwork net = site.network();
        Double lat = task == null ? null : net.lat(task.node());
        Double lon = task == null ? null : net.lon(task.node());
        org.drillsim.format.model.GeoPoint near = c instanceof Command.CloseRoad cr ? cr.near() : c instanceof Command.ReopenRoad rr ? rr.near() : null;
        if (near != null) { // a road order's place counts for "in the area"
            lat = near.lat();
            lon = near.lon();
        }
        CommandRecord[] out = new CommandRecord[1];
        world.commands().submit(c, r -> out[0] = r);
        world.sim().applyCommands();
        if (out[0] == null) throw new IllegalStateException("command " + c.type() + " was not applied by the kernel");
        Decision d = new Decision(decisions.size() + 1L, seat, name, seq, out[0].timeMs(), c.type(), unitId,
                u == null ? null : u.type(), taskId, lat, lon, out[0].accepted(), out[0].reason());
        decisions.add(d);
        return d;
    }

    /** The controller's inject, now: to one seat or 全体; journaled. */
    public InboxMessage inject(String to, Channel channel, String text, List<ExpectedAction> expect) {
        if (journal != null) journal.add(DrillJournal.Entry.inject(now(), to, channel, text, expect));
        return deliver(to, channel, Seat.CONTROLLER, text, expect);
    }

    private InboxMessage deliver(String to, Channel channel, String from, String text, List<ExpectedAction> expect) {
        InboxMessage m = new InboxMessage(inbox.size() + 1L, world.now(), to, channel, from, text);
        inbox.add(m);
        if (expect != null) for (ExpectedAction a : expect) issued.add(new Issued(a, world.now()));
        return m;
    }

    /** A journal mark of how far the clock got. */
    public void markClock() {
        if (journal != null) journal.add(DrillJournal.Entry.clock(now()));
    }

    /** Ends the drill: the modules finish and unmet expected actions become missed. */
    public void finish() {
        applyPending();
        if (!ended) {
            ended = true;
            world.finish();
        }
    }

    /**
     * Re-applies a journal: runs to each entry's time and applies it, in file order, exactly as the drill did.
     *
     * @return how many commands were re-applied
     */
    public int replay(List<DrillJournal.Entry> entries) {
        int n = 0;
        for (DrillJournal.Entry e : entries) {
            advanceTo(e.t());
            switch (e.k()) {
                case "cmd" -> {
                    Seat s = seat(e.seat());
                    if (s == null) throw new IllegalArgumentException("journal names seat " + e.seat() + ", not in this drill");
                    Command c = Commands.parse(e.command(), new Issuer(s.role(), e.name()));
                    apply(s.zh(), e.name(), e.seatSeq(), c);
                    seatSeq.merge(s.zh(), e.seatSeq(), Math::max);
                    n++;
                }
                case "inject" -> deliver(e.to(), e.channel(), Seat.CONTROLLER, e.text(), e.expect());
                case "clock" -> { }
                default -> throw new IllegalArgumentException("unknown journal entry kind " + e.k());
            }
        }
        return n;
    }

    /** Every decision so far, in order of application. */
    public List<Decision> decisions() {
        return List.copyOf(decisions);
    }

    /** Every expected action issued so far. */
    public List<Issued> issued() {
        return List.copyOf(issued);
    }

    /** The expected actions scored now. */
    public List<Outcome> outcomes() {
        List<Outcome> out = new ArrayList<>();
        for (Issued i : issued) out.add(Outcome.score(i.action(), i.issuedMs(), decisions, now(), ended));
        return out;
    }

    /** Every inbox message (the controller's view). */
    public List<InboxMessage> inbox() {
        return List.copyOf(inbox);
    }

    // ---- views ------------------------------------------------------------------------------------------------

    /**
     * What one seat may see now; the controller ({@code seat == null}) sees all.
     */
    public SeatView view(Seat seat, boolean running, double speed, List<String> online) {
        boolean all = seat == null;
        List<SeatView.UnitLine> units = new ArrayList<>();
        for (Unit u : world.units().all()) {
            if (all || seat.unitTypes().contains(u.type())) {
                units.add(new SeatView.UnitLine(u.id(), u.name().zh(), u.type(), status(u), u.task() == null ? null : u.task().id()));
            }
        }
        List<Task> open = new ArrayList<>();
        for (Task t : world.tasks().open()) if (all || seat.taskKinds().contains(t.kind())) open.add(t);
        open.sort(Comparator.comparingInt(Task::priority).thenComparingLong(Task::createdMs).thenComparing(Task::id));
        RoadNetwork net = site.network();
        List<SeatView.TaskLine> tasks = open.stream().limit(all ? 2L * MAX_TASKS_SHOWN : MAX_TASKS_SHOWN)
                .map(t -> new SeatView.TaskLine(t.id(), t.kind(), t.priority(), net.lat(t.node()), net.lon(t.node()), t.createdMs())).toList();
        List<SeatView.FacilityLine> facilities = new ArrayList<>();
        for (Facility f : site.facilities().values()) {
            if (!all && seat.facilities().contains(f.kind())) {
                facilities.add(new SeatView.FacilityLine(f.id(), f.kind().name().toLowerCase(Locale.ROOT), f.name().zh()));
            }
        }
        facilities.sort(Comparator.comparing(SeatView.FacilityLine::id));
        String name = all ? Seat.CONTROLLER : seat.zh();
        List<InboxMessage> mine = all ? inbox() : inbox.stream().filter(m -> m.isFor(name)).toList();
        List<Decision> ds = all ? decisions() : decisions.stream().filter(d -> d.seat().equals(name)).toList();
        List<Outcome> os = outcomes().stream().filter(o -> all || o.action().seat().equals(name)).toList();
        return new SeatView(name, now(), horizonMs(), running, speed, ended, units, tasks, facilities, mine, ds, os,
                all ? online : List.of());
    }

    private List<Unit> ownUnits(Seat s) {
        return world.units().all().stream().filter(u -> s.unitTypes().contains(u.type())).toList();
    }

    /** A seat's own units report when their status changes: the seat's one window on the ground besides injects. */
    private void unitReports() {
        for (Seat s : seats) {
            for (Unit u : ownUnits(s)) {
                String now = status(u);
                String before = lastStatus.put(u.id(), now);
                if (before != null && !before.equals(now)) {
                    String task = u.task() == null ? "" : "，任务 " + u.task().id();
                    String from = u.name().zh().contains(u.id()) ? u.name().zh() : u.name().zh() + "（" + u.id() + "）";
                    deliver(s.zh(), Channel.UNIT_REPORT, from,
                            statusZh(before) + " → " + statusZh(now) + task, List.of());
                }
            }
        }
    }

    static String status(Unit u) {
        return u.status().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A unit status in words. */
    public static String statusZh(String status) {
        return switch (status) {
            case "available" -> "待命";
            case "busy" -> "执行任务";
            case "en-route-to-area" -> "赶赴区域";
            case "out-of-service" -> "停用";
            default -> status;
        };
    }

    private static String text(Inject i) {
        return i.message() == null ? i.id() : i.message().zh();
    }
}
