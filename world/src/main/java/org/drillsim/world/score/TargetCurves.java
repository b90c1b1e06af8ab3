package org.drillsim.world.score;

import org.drillsim.format.targets.TargetCatalog;
import org.drillsim.format.targets.TargetDefinition;
import org.drillsim.format.model.TargetSpec;
import org.drillsim.world.ClockSpan;
import org.drillsim.world.DelayCause;
import org.drillsim.world.TargetClock;
import org.drillsim.world.World;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Curves and points derived from a finished world's target clocks, for charts and maps: people served over
 * simulated time, the share served against the clock, and where targets were missed.
 */
public final class TargetCurves {
    private TargetCurves() {
    }

    /**
     * A response-time target of the scenario with its resolved clock and threshold.
     *
     * @param id          target id
     * @param span        clock
     * @param thresholdMs threshold, ms
     * @param strict      {@code <} rather than {@code <=}
     */
    public record ClockTarget(String id, ClockSpan span, long thresholdMs, boolean strict) {
        boolean within(long elapsedMs) {
            return strict ? elapsedMs < thresholdMs : elapsedMs <= thresholdMs;
        }
    }

    /** The scenario's response-time targets, in scenario order. */
    public static List<ClockTarget> clockTargets(List<TargetSpec> specs) {
        List<ClockTarget> out = new ArrayList<>();
        for (TargetSpec spec : specs) {
            TargetDefinition def = TargetCatalog.get(spec.id());
            if (!def.isResponseTime()) {
                continue;
            }
            ClockSpan span = new ClockSpan(spec.clockStart() != null ? spec.clockStart() : def.clockStart(),
                    spec.clockStop() != null ? spec.clockStop() : def.clockStop());
            double threshold = Scorecard.thresholdOf(spec, def);
            out.add(new ClockTarget(def.id(), span, Math.round(threshold * Scorecard.unitMs(def.unit(), def.id())),
                    def.comparison().equals("<")));
        }
        return out;
    }

    /**
     * People (or units) whose clock had started, and those served within the threshold, by each time.
     *
     * @return {@code [target][time][0 = started, 1 = served within the threshold]}
     */
    public static double[][][] startedAndServed(World w, List<ClockTarget> targets, long[] times) {
        double[][][] out = new double[targets.size()][times.length][2];
        for (int k = 0; k < targets.size(); k++) {
            ClockTarget ct = targets.get(k);
            for (TargetClock c : w.clocks().of(ct.span())) {
                if (c.isWithdrawn()) {
                    continue;
                }
                boolean servedOk = !c.isRunning() && !c.isFailed() && ct.within(c.stopMs() - c.startMs());
                for (int i = 0; i < times.length; i++) {
                    if (c.startMs() <= times[i]) {
                        out[k][i][0] += c.weight();
                        if (servedOk && c.stopMs() <= times[i]) {
                            out[k][i][1] += c.weight();
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * Share of the measured people / units (as the scorecard counts them at the end) whose clock stopped
     * within each elapsed time; NaN for a target that measured nothing.
     *
     * @return {@code [target][elapsed index]}
     */
    public static double[][] servedShare(World w, List<ClockTarget> targets, double[] elapsedHours) {
        long end = w.now();
        double[][] out = new double[targets.size()][elapsedHours.length];
        for (int k = 0; k < targets.size(); k++) {
            ClockTarget ct = targets.get(k);
            double measured = 0;
            double[] served = new double[elapsedHours.length];
            for (TargetClock c : w.clocks().of(ct.span())) {
                if (c.isWithdrawn()) {
                    continue;
                }
                boolean counted = !c.isRunning() || end - c.startMs() > ct.thresholdMs();
                if (!counted) {
                    continue;
                }
                measured += c.weight();
                if (!c.isRunning() && !c.isFailed()) {
                    double h = (c.stopMs() - c.startMs()) / 3_600_000.0;
                    for (int i = 0; i < elapsedHours.length; i++) {
                        if (h <= elapsedHours[i]) {
                            served[i] += c.weight();
                        }
                    }
                }
            }
            for (int i = 0; i < elapsedHours.length; i++) {
                out[k][i] = measured > 0 ? served[i] / measured : Double.NaN;
            }
        }
        return out;
    }

    /**
     * Where people or units missed a response-time target (late, failed, or still waiting past the threshold
     * at the end).
     *
     * @param target    target id
     * @param node      road node
     * @param people    people / units who missed it
     * @param lateHours mean time beyond the threshold, hours
     * @param cause     the cause with the most late time there
     */
    public record Unmet(String target, int node, long people, double lateHours, DelayCause cause) {
    }

    /** Unmet demand per target and road node, in target order then first appearance. */
    public static List<Unmet> unmet(World w, List<ClockTarget> targets) {
        long end = w.now();
        List<Unmet> out = new ArrayList<>();
        for (ClockTarget ct : targets) {
            Map<Integer, double[]> byNode = new LinkedHashMap<>();   // people, late ms × people, cause ms…
            int nc = DelayCause.values().length;
            for (TargetClock c : w.clocks().of(ct.span())) {
                if (c.node() < 0 || c.isWithdrawn()) {
                    continue;
                }
                long elapsed = c.elapsedMs(end);
                boolean late = c.isFailed() || (c.isRunning() ? elapsed > ct.thresholdMs() : !ct.within(elapsed));
                if (!late) {
                    continue;
                }
                double[] acc = byNode.computeIfAbsent(c.node(), n -> new double[2 + nc]);
                acc[0] += c.weight();
                acc[1] += Math.max(0, elapsed - ct.thresholdMs()) * (double) c.weight();
                for (DelayCause dc : DelayCause.values()) {
                    acc[2 + dc.ordinal()] += c.causeMs(dc, end) * (double) c.weight();
                }
            }
            for (Map.Entry<Integer, double[]> e : byNode.entrySet()) {
                double[] acc = e.getValue();
                DelayCause top = DelayCause.OTHER;
                double best = -1;
                for (DelayCause dc : DelayCause.values()) {
                    if (acc[2 + dc.ordinal()] > best) {
                        best = acc[2 + dc.ordinal()];
                        top = dc;
                    }
                }
                out.add(new Unmet(ct.id(), e.getKey(), (long) acc[0], acc[1] / acc[0] / 3_600_000.0, top));
            }
        }
        return out;
    }
}
