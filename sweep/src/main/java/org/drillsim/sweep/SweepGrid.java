package org.drillsim.sweep;

import org.drillsim.analysis.gap.GapSettings;
import org.drillsim.analysis.gap.ScenarioVariant;
import org.drillsim.analysis.gap.Variants;
import org.drillsim.world.ScenarioSite;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The grid of variants: every combination of the {@code --vary} axes, the first axis varying slowest. Each variant
 * is built with the gap search's own {@link ScenarioVariant}s ({@link Variants#of}), one after the other, so a sweep
 * and a gap search mean the same thing by "+2 ambulances".
 *
 * @param axes the axes, in the order given
 */
public record SweepGrid(List<Axis> axes) implements Serializable {
    /** Percent resources move in these steps (as in {@code gap}). */
    static final int STEP_PERCENT = 10;
    // the caps only bound the step a variant accepts; a sweep asks for exactly what the user wrote
    private static final GapSettings WIDE = new GapSettings(1, 2, 0.95, 1, 1.0, 100_000, STEP_PERCENT, 100_000, List.of());

    public SweepGrid {
        axes = List.copyOf(axes);
    }

    /** A stable text of the axes (the same in every JVM; a cache key). */
    public String key() {
        StringBuilder sb = new StringBuilder();
        for (Axis a : axes) {
            sb.append(a.resource()).append('=').append(java.util.Arrays.toString(a.amounts())).append(';');
        }
        return sb.toString();
    }

    /** The variant of each axis in {@code base}, in axis order. */
    public List<ScenarioVariant> variants(ScenarioSite base) {
        List<ScenarioVariant> all = Variants.of(base, WIDE, null);
        List<String> ids = all.stream().map(ScenarioVariant::id).toList();
        List<ScenarioVariant> out = new ArrayList<>();
        for (Axis a : axes) {
            String id = a.resourceIn(ids);
            out.add(all.get(ids.indexOf(id)));
        }
        return out;
    }

    /** Steps per axis of every grid point, first axis slowest. */
    public List<int[]> points(ScenarioSite base) {
        List<ScenarioVariant> vs = variants(base);
        int[][] steps = new int[axes.size()][];
        for (int i = 0; i < axes.size(); i++) {
            steps[i] = stepsOf(vs.get(i), axes.get(i));
        }
        List<int[]> out = new ArrayList<>();
        out.add(new int[0]);
        for (int[] s : steps) {
            List<int[]> next = new ArrayList<>();
            for (int[] prefix : out) {
                for (int k : s) {
                    int[] p = java.util.Arrays.copyOf(prefix, prefix.length + 1);
                    p[prefix.length] = k;
                    next.add(p);
                }
            }
            out = next;
        }
        return out;
    }

    private static int[] stepsOf(ScenarioVariant v, Axis a) {
        int[] k = new int[a.amounts().length];
        for (int i = 0; i < k.length; i++) {
            double want = a.amounts()[i];
            int step = (int) Math.round(want / v.amount(1));
            if (step > v.cap() || Math.abs(v.amount(step) - want) > 1e-9) {
                throw new IllegalArgumentException("--vary " + a.resource() + ": +" + want + " is not a whole number of steps of "
                        + v.amount(1) + " " + v.unit().en() + " (" + v.unit().zh() + ")");
            }
            k[i] = step;
        }
        return k;
    }

    /** The site of one grid point: each axis's variant applied in turn. */
    public ScenarioSite apply(ScenarioSite base, int[] steps) {
        List<ScenarioVariant> vs = variants(base);
        ScenarioSite s = base;
        for (int i = 0; i < steps.length; i++) {
            s = vs.get(i).apply(s, steps[i]);
        }
        return s;
    }

    /** A short name of a grid point, e.g. {@code ambulance+2_medical-team+0} (also its folder name). */
    public String name(ScenarioSite base, int[] steps) {
        List<ScenarioVariant> vs = variants(base);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < steps.length; i++) {
            if (i > 0) {
                sb.append('_');
            }
            sb.append(vs.get(i).id().replace(':', '-')).append('+').append(org.drillsim.world.log.Json.number(vs.get(i).amount(steps[i])));
        }
        return sb.length() == 0 ? "baseline" : sb.toString();
    }
}
