package org.drillsim.world;

import org.drillsim.runformat.EventTypes;
import org.drillsim.routing.EdgeQueries;
import org.drillsim.routing.RoadNetwork;
import org.drillsim.hazards.fire.FireSpreadModel;
import org.drillsim.hazards.fire.FireWind;
import org.drillsim.hazards.flood.FloodModel;
import org.drillsim.hazards.chemical.GaussianPlume;
import org.drillsim.hazards.Hazard;
import org.drillsim.format.model.Inject;
import org.drillsim.format.model.InjectEffect;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/**
 * The scenario's injects (scripted events) and ad-hoc ones fired by a drill controller: the message is logged
 * ({@code "type":"inject"}) and the effects applied to the world. Road closures go to the {@code inject} road
 * layer; hospital effects through {@link HospitalControl}; facility outages to the listeners; hazard changes
 * (wind, river stage) of scripted injects are already in the site's hazard models ({@link #applyToHazards}),
 * those of ad-hoc injects make the world recompute its hazard timeline from then on.
 */
public final class Injects {
    /** Road layer of inject closures. */
    public static final String ROAD_LAYER = "inject";
    /** Cause of an inject closure in the run's closed-road map files (not a {@code blockage}: no crew reopens it). */
    public static final String CLOSURE_CAUSE = "closure";

    /**
     * An inject that was fired.
     *
     * @param inject the inject
     * @param timeMs when
     * @param adHoc  fired by the controller, not from the script
     */
    public record Fired(Inject inject, long timeMs, boolean adHoc) {
    }

    /**
     * A facility is out of use.
     *
     * @param facilityId facility id
     * @param untilMs    until when, or -1 for the rest of the run
     */
    public record Outage(String facilityId, long untilMs) {
    }

    private final World w;
    private final List<Fired> fired = new ArrayList<>();
    private final List<Consumer<Fired>> listeners = new ArrayList<>();
    private final List<Consumer<Outage>> outageListeners = new ArrayList<>();

    Injects(World w) {
        this.w = w;
    }

    /** Schedules the scenario's scripted injects. */
    void scheduleScripted() {
        for (Inject i : w.scenario().injects()) {
            long at = Math.round(i.atMinutes() * 60_000.0);
            if (at <= w.horizonMs()) {
                w.sim().scheduleAt(at, World.TICK_PRIORITY + 1, "inject " + i.id(), () -> fire(i, false));
            }
        }
    }

    /** Fires an ad-hoc inject now (simulation thread). */
    public void fire(Inject inject) {
        fire(inject, true);
    }

    /** Called after every inject is applied. */
    public void onFired(Consumer<Fired> l) {
        listeners.add(l);
    }

    /** Called when a facility goes out of use (modules owning shelters, depots … react). */
    public void onOutage(Consumer<Outage> l) {
        outageListeners.add(l);
    }

    /** The injects fired so far, in order. */
    public List<Fired> fired() {
        return Collections.unmodifiableList(fired);
    }

    private void fire(Inject inject, boolean adHoc) {
        long now = w.now();
        Fired f = new Fired(inject, now, adHoc);
        fired.add(f);
        w.log().event(now, EventTypes.INJECT).str("id", inject.id()).bool("adHoc", adHoc).str("message", inject.message().zh())
                .str("messageEn", inject.message().en())
                .str("expected", inject.expectedAction() == null ? null : inject.expectedAction().both())
                .num("effects", inject.effects().size()).write();
        for (InjectEffect e : inject.effects()) {
            apply(e, adHoc);
        }
        for (Consumer<Fired> l : listeners) {
            l.accept(f);
        }
    }

    /**
     * The road edges a scripted closure closes on {@code net}: those near its point (with its road name, and
     * bridges only when it says so), ascending. Empty means the closure matches no road — {@code validate} warns.
     */
    public static int[] edgesClosedBy(RoadNetwork net, InjectEffect.CloseRoad c) {
        return EdgeQueries.near(net, c.near().lon(), c.near().lat(), c.radiusM(), c.roadName(), c.bridgesOnly());
    }

    /**
     * The edges the scenario's scripted injects hold closed at {@code timeMs}, after every event of that time
     * (closures, their timed reopenings and reopen-road injects, played in the order the run plays them), with
     * the closing inject as the reason ({@code inject <id>}), ascending. The {@code hazard} map reads this; the run
     * reaches the same state event by event ({@link #apply}).
     */
    public static java.util.SortedMap<Integer, String> scriptedClosuresAt(RoadNetwork net, List<Inject> injects,
                                                                         long timeMs) {
        // injects run before timed reopenings of the same time (their event priority is lower), each in order
        record Step(long at, boolean timed, int order, Runnable action) {
        }
        java.util.TreeMap<Integer, String> closed = new java.util.TreeMap<>();
        List<Step> steps = new ArrayList<>();
        int n = 0;
        for (Inject i : injects) {
            long at = Math.round(i.atMinutes() * 60_000.0);
            for (InjectEffect e : i.effects()) {
                if (e instanceof InjectEffect.CloseRoad c) {
                    int[] edges = edgesClosedBy(net, c);
                    steps.add(new Step(at, false, n++, () -> {
                        for (int x : edges) {
                            closed.put(x, "inject " + i.id());
                        }
                    }));
                    if (c.durationMinutes() != null) {
                        steps.add(new Step(at + Math.round(c.durationMinutes() * 60_000.0), true, n++, () -> {
                            for (int x : edges) {
                                closed.remove(x);
                            }
                        }));
                    }
                } else if (e instanceof InjectEffect.ReopenRoad r) {
                    int[] edges = CoreCommands.edgesNear(net, r.near(), r.radiusM(), r.roadName());
                    steps.add(new Step(at, false, n++, () -> {
                        for (int x : edges) {
                            closed.remove(x);
                        }
                    }));
                }
            }
        }
        steps.sort(java.util.Comparator.comparingLong(Step::at).thenComparing(Step::timed).thenComparingInt(Step::order));
        for (Step st : steps) {
            if (st.at() <= timeMs) {
                st.action().run();
            }
        }
        return closed;
    }

    private void apply(InjectEffect effect, boolean adHoc) {
        long now = w.now();
        if (effect instanceof InjectEffect.CloseRoad c) {
            int layer = w.roads().layer(ROAD_LAYER);
            List<Integer> closed = new ArrayList<>();
            for (int e : edgesClosedBy(w.site().network(), c)) {
                w.roads().close(layer, e);
                closed.add(e);
            }
            w.log().event(now, "inject-road-closed").num("edges", closed.size()).write();
            if (c.durationMinutes() != null) {
                w.sim().schedule(Math.round(c.durationMinutes() * 60_000.0), "inject-road-reopen", () -> {
                    for (int e : closed) {
                        w.roads().clear(layer, e);
                    }
                    w.log().event(w.now(), "inject-road-reopened").num("edges", closed.size()).write();
                    w.roadsChanged();
                });
            }
            w.roadsChanged();
        } else if (effect instanceof InjectEffect.ReopenRoad r) {
            int[] edges = CoreCommands.edgesNear(w.site().network(), r.near(), r.radiusM(), r.roadName());
            int layer = w.roads().layer(ROAD_LAYER);
            int command = w.roads().layer(RoadConditions.COMMAND);
            for (int e : edges) {
                w.roads().clear(layer, e);
                w.roads().clear(command, e);
            }
            w.log().event(now, "inject-road-reopened").num("edges", edges.length).write();
            w.roadsChanged();
        } else if (effect instanceof InjectEffect.HospitalPowerLoss p) {
            long until = p.durationMinutes() == null ? -1 : now + Math.round(p.durationMinutes() * 60_000.0);
            HospitalControl hc = w.get(HospitalControl.class);
            boolean ok = hc != null && hc.limitBeds(p.hospital(), p.remainingBeds(), until);
            w.log().event(now, EventTypes.HOSPITAL_POWER_LOSS).str("hospital", p.hospital()).num("beds", p.remainingBeds())
                    .bool("applied", ok).write();
        } else if (effect instanceof InjectEffect.FacilityUnavailable u) {
            long until = u.durationMinutes() == null ? -1 : now + Math.round(u.durationMinutes() * 60_000.0);
            HospitalControl hc = w.get(HospitalControl.class);
            if (hc != null) {
                hc.limitBeds(u.facility(), 0, until);
            }
            w.log().event(now, "facility-unavailable").str("facility", u.facility()).num("untilT", until).write();
            Outage o = new Outage(u.facility(), until);
            for (Consumer<Outage> l : outageListeners) {
                l.accept(o);
            }
        } else if (effect instanceof InjectEffect.WindChange wc) {
            if (adHoc) {
                w.replaceHazard(withWind(hazard(wc.hazard()), now, wc.speedMPerS(), wc.fromDirectionDeg(), wc.cloudCoverTenths()), "wind-change", null);
            }
            w.log().event(now, "wind-change").str("hazard", wc.hazard()).num("speed", wc.speedMPerS())
                    .num("fromDeg", wc.fromDirectionDeg()).bool("inTimeline", !adHoc).write();
        } else if (effect instanceof InjectEffect.StageChange sc) {
            if (adHoc) {
                w.replaceHazard(withStage(hazard(sc.hazard()), now, sc.stageM(), sc.overHours()), "stage-change", null);
            }
            w.log().event(now, "stage-change").str("hazard", sc.hazard()).num("stageM", sc.stageM())
                    .bool("inTimeline", !adHoc).write();
        }
    }

    private Hazard hazard(String id) {
        for (Hazard h : w.hazards()) {
            if (h.id().equals(id)) {
                return h;
            }
        }
        throw new IllegalArgumentException("inject names unknown hazard '" + id + "'");
    }

    /**
     * The hazard models with the scripted wind and stage changes of the scenario applied (in inject time
     * order), so they are part of the precomputed timeline.
     */
    public static List<Hazard> applyToHazards(List<Hazard> hazards, List<Inject> injects) {
        List<Hazard> out = new ArrayList<>(hazards);
        List<Inject> sorted = new ArrayList<>(injects);
        sorted.sort(java.util.Comparator.comparingDouble(Inject::atMinutes));
        for (Inject i : sorted) {
            long at = Math.round(i.atMinutes() * 60_000.0);
            for (InjectEffect e : i.effects()) {
                if (e instanceof InjectEffect.WindChange wc) {
                    replace(out, wc.hazard(), h -> withWind(h, at, wc.speedMPerS(), wc.fromDirectionDeg(), wc.cloudCoverTenths()));
                } else if (e instanceof InjectEffect.StageChange sc) {
                    replace(out, sc.hazard(), h -> withStage(h, at, sc.stageM(), sc.overHours()));
                }
            }
        }
        return out;
    }

    private static void replace(List<Hazard> list, String id, java.util.function.UnaryOperator<Hazard> f) {
        for (int k = 0; k < list.size(); k++) {
            if (list.get(k).id().equals(id)) {
                list.set(k, f.apply(list.get(k)));
                return;
            }
        }
        throw new IllegalArgumentException("inject names unknown hazard '" + id + "'");
    }

    static Hazard withWind(Hazard h, long atMs, double speed, double fromDeg, Double cloudTenths) {
        if (h instanceof GaussianPlume p) {
            return p.withWind(atMs, speed, fromDeg, cloudTenths);
        }
        if (h instanceof FireSpreadModel f) {
            return f.withWindFrom(new FireWind(atMs, speed, fromDeg));
        }
        throw new IllegalArgumentException("wind-change: hazard '" + h.id() + "' is a " + h.kind().id()
                + ", not a plume or a fire");
    }

    static Hazard withStage(Hazard h, long atMs, double stageM, double overHours) {
        if (h instanceof FloodModel f) {
            return f.withStageChange(atMs, stageM, Math.round(overHours * 3_600_000.0));
        }
        throw new IllegalArgumentException("stage-change: hazard '" + h.id() + "' is not a parametric flood");
    }
}
