package org.drillsim.runformat;

/**
 * The one verdict on a target — met / at risk / not met (达标 / 临界 / 未达标) — used by the terminal scorecard,
 * every report (HTML, DOCX, PDF, XLSX), the corrective-action table, {@code gap}, {@code site} and the trainer.
 *
 * <p><b>Rule.</b> The verdict reads an interval {@code [low, high]} around the value:
 * <ul>
 *   <li><b>met</b> when the whole interval meets the requirement: for a "≥" requirement (every response-time
 *       target: share within the time ≥ the required share; "≥" capacity targets) the <em>lower</em> bound meets
 *       it, for a "≤" requirement the <em>upper</em> bound does;</li>
 *   <li><b>not met</b> when no point of the interval meets it (the upper bound of a "≥" requirement falls short,
 *       the lower bound of a "≤" requirement exceeds it);</li>
 *   <li><b>at risk</b> otherwise: the requirement lies inside the interval, so the result could go either way.</li>
 * </ul>
 * For a run over replications the interval is the two-sided Student-t confidence interval of the mean (95 % in
 * {@code run} and the reports, {@code --confidence} in {@code gap} and {@code site}). For a live drill it is the
 * range the share can still reach: every running clock missed (low) or every running clock met (high). Without an
 * interval (one replication, an infinite value) the value stands for both bounds, so the verdict is met or not met.
 */
public enum Verdict {
    /** The whole interval meets the requirement. */
    MET("met", "达标", "met", "✓"),
    /** The requirement lies inside the interval. */
    AT_RISK("at-risk", "临界", "at risk", "!"),
    /** No point of the interval meets the requirement. */
    NOT_MET("not-met", "未达标", "not met", "✗"),
    /** Nothing was measured. */
    NOT_SCORED("not-scored", "未评分", "not scored", "–");

    private final String id;
    private final String zh;
    private final String en;
    private final String symbol;

    Verdict(String id, String zh, String en, String symbol) {
        this.id = id;
        this.zh = zh;
        this.en = en;
        this.symbol = symbol;
    }

    /**
     * The verdict on a value with its interval against a requirement.
     *
     * @param mean       the value (NaN: not scored)
     * @param low        lower bound of the interval (NaN: no interval, the value is used)
     * @param high       upper bound of the interval (NaN: no interval, the value is used)
     * @param comparison the requirement's comparison: {@code >=}, {@code >}, {@code <=} or {@code <}
     * @param required   the required share or threshold
     */
    public static Verdict of(double mean, double low, double high, String comparison, double required) {
        if (Double.isNaN(mean) || Double.isNaN(required)) {
            return NOT_SCORED;
        }
        double lo = Double.isNaN(low) || Double.isNaN(high) ? mean : Math.min(low, mean);
        double hi = Double.isNaN(low) || Double.isNaN(high) ? mean : Math.max(high, mean);
        // "at least" requirements: the worst case is the lower bound; "at most": the upper bound
        boolean atMost = comparison != null && comparison.trim().startsWith("<");
        double worst = atMost ? hi : lo;
        double best = atMost ? lo : hi;
        if (meets(worst, comparison, required)) {
            return MET;
        }
        return meets(best, comparison, required) ? AT_RISK : NOT_MET;
    }

    /** A share of people (units) with its interval against a required share (always "≥"). */
    public static Verdict ofShare(double mean, double low, double high, double requiredShare) {
        return of(mean, low, high, ">=", requiredShare);
    }

    /** Whether {@code value} meets {@code required} under {@code comparison}; a tiny tolerance absorbs rounding. */
    static boolean meets(double value, String comparison, double required) {
        double eps = 1e-12 * Math.max(1, Math.abs(required));
        return switch (comparison == null ? ">=" : comparison.trim()) {
            case "<=" -> value <= required + eps;
            case "<" -> value < required;
            case ">" -> value > required;
            default -> value >= required - eps;
        };
    }

    /** A bound of an interval of a share, clipped to [0, 1]: a share never exceeds 100 % or falls below 0. */
    public static double clipShare(double share) {
        return Double.isNaN(share) ? share : Math.max(0, Math.min(1, share));
    }

    /** Stable id, e.g. {@code at-risk}. */
    public String id() {
        return id;
    }

    /** Chinese, e.g. {@code 临界}. */
    public String zh() {
        return zh;
    }

    /** English, e.g. {@code at risk}. */
    public String en() {
        return en;
    }

    /** A one-character mark so the verdict reads without colour: ✓ ! ✗ –. */
    public String symbol() {
        return symbol;
    }

    /** The rule in words, for the reports' notes and the terminal. */
    public static Bilingual rule(double confidence) {
        String pct = Math.round(100 * confidence) + "%";
        return new Bilingual("达标：" + pct + " 置信区间整体满足要求（“≥”类看下限，“≤”类看上限）；未达标：区间整体不满足要求；"
                + "临界：要求落在区间之内，结果尚不确定（可增加重复次数或补强资源）。",
                "met: the whole " + pct + " confidence interval meets the requirement (the lower bound for “≥”, the upper "
                        + "bound for “≤”); not met: no point of the interval meets it; at risk: the requirement lies "
                        + "inside the interval, so the result is uncertain (more replications or more resources).");
    }
}
