package org.drillsim.analysis.gap;

import org.drillsim.analysis.replication.RunSummary;
import org.drillsim.analysis.replication.TargetSummary;
import org.drillsim.format.model.LocalizedText;
import org.drillsim.world.score.CauseShare;

import java.util.List;
import java.util.Map;

/**
 * The answer of a capacity-gap analysis: the baseline per target (shortfall and causes) and, per resource, the
 * smallest addition meeting each target it serves at the confidence level, or the statement that its cap does not.
 *
 * @param scenarioId   scenario id
 * @param seed         master seed (common random numbers)
 * @param replications replications per evaluation
 * @param confidence   confidence level of the pass rule
 * @param baseline     the scenario as written
 * @param checks       per baseline target, the pass check at the confidence level (scenario order)
 * @param resources    per searched resource, its findings
 * @param absent       resource kinds the scenario has none of (nothing to add to), zh / en
 * @param evaluations  batches of replications run (baseline included)
 * @param wallSeconds  wall-clock time of the analysis
 */
public record GapReport(String scenarioId, long seed, int replications, double confidence, RunSummary baseline,
                        List<TargetCheck> checks, List<ResourceGap> resources, List<LocalizedText> absent,
                        int evaluations, double wallSeconds) {

    public GapReport {
        checks = List.copyOf(checks);
        resources = List.copyOf(resources);
        absent = List.copyOf(absent);
    }

    /** What a search concluded for one (resource, target) pair. */
    public enum Status {
        /** The target is met without adding anything. */
        ALREADY_MET("already-met", "已达标", "already met"),
        /** The smallest addition was found. */
        FOUND("found", "找到", "found"),
        /** Not met even at the cap: adding this resource alone does not close the gap. */
        NOT_MET_WITHIN_CAP("not-met-within-cap", "增至上限仍不达标", "not met up to the cap"),
        /** The target measured nothing, so no addition can be judged. */
        NOT_SCORED("not-scored", "无法评分", "not scored");

        private final String id;
        private final String zh;
        private final String en;

        Status(String id, String zh, String en) {
            this.id = id;
            this.zh = zh;
            this.en = en;
        }

        public String id() {
            return id;
        }

        public String zh() {
            return zh;
        }

        public String en() {
            return en;
        }
    }

    /**
     * One (resource, target) conclusion.
     *
     * @param targetId target id
     * @param status   what was found
     * @param step     the smallest step meeting the target (FOUND, ALREADY_MET = 0), else −1
     * @param amount   the amount added at {@code step} in the resource's unit (NaN when none)
     * @param added    what {@code step} adds in words (FOUND only; null otherwise)
     * @param check    the target at {@code step} (FOUND / ALREADY_MET) or at the cap (NOT_MET_WITHIN_CAP)
     * @param causes   causes of the late time still left there (what else would have to change)
     */
    public record Finding(String targetId, Status status, int step, double amount, LocalizedText added, TargetCheck check,
                          List<CauseShare> causes) {
        public Finding {
            causes = List.copyOf(causes);
        }
    }

    /**
     * One evaluated step of a resource.
     *
     * @param step   step k
     * @param amount amount added
     * @param checks per target id, its check at this step
     */
    public record Point(int step, double amount, Map<String, TargetCheck> checks) {
        public Point {
            checks = Map.copyOf(checks);
        }
    }

    /**
     * One resource's results.
     *
     * @param id        variant id
     * @param label     what is added
     * @param unit      unit of the amounts
     * @param cap       the largest step tried
     * @param capAmount the amount at the cap
     * @param capText   the cap in words
     * @param findings  per target the resource serves (scenario order)
     * @param points    every evaluated step, ascending
     */
    public record ResourceGap(String id, LocalizedText label, LocalizedText unit, int cap, double capAmount,
                              LocalizedText capText, List<Finding> findings, List<Point> points) {
        public ResourceGap {
            findings = List.copyOf(findings);
            points = List.copyOf(points);
        }
    }

    /** The baseline summary of a target id, or null. */
    public TargetSummary baselineTarget(String id) {
        return baseline.target(id);
    }
}
