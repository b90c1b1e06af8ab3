package org.drillsim.analysis.gap;

import org.drillsim.analysis.replication.TargetSummary;
import org.drillsim.world.score.CauseShare;
import org.drillsim.world.score.TargetResult;

import java.util.List;
import java.util.Locale;

/** The capacity-gap report as text tables for the terminal, Chinese first, English second. */
public final class GapTable {
    private GapTable() {
    }

    /** Both tables with their headings and the pass rule. */
    public static String render(GapReport r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "能力差距分析 / capacity gaps — %s: %d 次重复 replications, 置信水平 confidence %.0f %%, "
                        + "种子 seed %d%n", r.scenarioId(), r.replications(), 100 * r.confidence(), r.seed()));
        for (String line : TextTable.wrap(rule(r.confidence()), TextTable.NOTE_WIDTH)) {
            sb.append(line).append('\n');
        }
        sb.append('\n');
        // the target's name and the causes go on an indented line under each row, so the table fits ~120 columns
        TextTable base = new TextTable("目标 / target", "要求 / required", "均值 [区间] / mean [CI]", "评定 / verdict",
                "缺口 / shortfall");
        for (int i = 0; i < r.checks().size(); i++) {
            TargetCheck c = r.checks().get(i);
            TargetSummary t = r.baseline().targets().get(i);
            TargetResult f = t.first();
            base.row(f.id(), requirement(f), value(f, c), met(c), c.scored() ? number(f, c.shortfall(f)) : "");
            String causes = causes(t.causes(), 3);
            base.note(f.label().zh() + (causes.isEmpty() ? "" : " — 主要原因 / main causes: " + causes));
        }
        sb.append("基线 / baseline\n").append(base);
        // Chinese in the columns; the English names, the result and the causes left on the note line under each row
        TextTable add = new TextTable("资源 / resource", "目标 / target", "结论 / result", "最小增量 / added",
                "增加后 / then", "上限 / cap");
        java.util.Set<String> unscored = new java.util.LinkedHashSet<>();
        for (GapReport.ResourceGap g : r.resources()) {
            for (GapReport.Finding f : g.findings()) {
                if (f.status() == GapReport.Status.NOT_SCORED) {
                    unscored.add(f.targetId());
                    continue;
                }
                TargetResult target = r.baselineTarget(f.targetId()).first();
                String what = switch (f.status()) {
                    case FOUND -> "+" + amount(g, f.amount());
                    case ALREADY_MET -> "0";
                    default -> "> " + amount(g, g.capAmount());
                };
                add.row(g.label().zh(), f.targetId(), f.status().zh(), what, value(target, f.check()), amount(g, g.capAmount()));
                String left = f.status() == GapReport.Status.ALREADY_MET ? "" : causes(f.causes(), 2);
                add.note(g.label().en() + ": " + f.status().en() + (left.isEmpty() ? "" : " — 仍余原因 / causes left: " + left));
            }
        }
        sb.append('\n').append("单项资源的最小增量（其余资源不变） / smallest addition of one resource, the others as written\n")
                .append(add);
        if (!unscored.isEmpty()) {
            sb.append("未测得、不做增量搜索的目标 / targets that measured nothing, not searched: ")
                    .append(String.join(", ", unscored)).append('\n');
        }
        if (!r.absent().isEmpty()) {
            sb.append("情景中没有、无法增加 / not in the scenario, nothing to add to: ");
            sb.append(String.join(", ", r.absent().stream().map(t -> t.zh() + " " + t.en()).toList())).append('\n');
        }
        sb.append(String.format(Locale.ROOT, "%d 批重复运行（含基线）/ batches of replications (baseline included); 增量搜索用时 / search"
                + " time %.1f s%n", r.evaluations(), r.wallSeconds()));
        return sb.toString();
    }

    /** The verdict rule in words, zh / en; the search looks for the smallest addition that makes a target met. */
    public static String rule(double confidence) {
        org.drillsim.runformat.Bilingual r = org.drillsim.runformat.Verdict.rule(confidence);
        return r.zh() + " / " + r.en();
    }

    /** A target's requirement, e.g. {@code ≥ 95% · ≤ 2 小时} or {@code ≥ 2.5 m²/人}. */
    public static String requirement(TargetResult f) {
        String threshold = symbol(f.comparison()) + " " + amount(f.threshold(), f.unit());
        if (f.isResponseTime()) {
            return String.format(Locale.ROOT, "≥ %.0f%% · %s", 100 * f.requiredShare(), threshold);
        }
        return threshold;
    }

    /** A comparison of the target catalogue ({@code >=}, {@code <=}) as its symbol. */
    public static String symbol(String comparison) {
        return switch (comparison == null ? "" : comparison.trim()) {
            case ">=" -> "≥";
            case "<=" -> "≤";
            default -> String.valueOf(comparison);
        };
    }

    /** A unit id of the target catalogue in Chinese: {@code m2/person} → {@code m²/人}, {@code h} → {@code 小时}. */
    public static String unit(String unit) {
        return switch (unit == null ? "" : unit.trim()) {
            case "h" -> "小时";
            case "d" -> "天";
            case "km" -> "公里";
            case "m2/person" -> "m²/人";
            case "people" -> "人";
            default -> String.valueOf(unit);
        };
    }

    /** A value with its unit, e.g. {@code 2.5 m²/人}, {@code 95%}. */
    public static String amount(double v, String unit) {
        return "%".equals(unit) ? trim(v) + "%" : trim(v) + " " + unit(unit);
    }

    private static String value(TargetResult f, TargetCheck c) {
        if (!c.scored()) {
            return "未评分 / not scored";
        }
        if (f.isResponseTime()) {
            return Double.isNaN(c.low()) ? String.format(Locale.ROOT, "%.1f %%", 100 * c.mean())
                    : String.format(Locale.ROOT, "%.1f %% [%.1f, %.1f]", 100 * c.mean(), 100 * c.low(), 100 * c.high());
        }
        return Double.isNaN(c.low()) || c.low() == c.high() ? amount(c.mean(), f.unit())
                : String.format(Locale.ROOT, "%s [%s, %s]", amount(c.mean(), f.unit()), trim(c.low()), trim(c.high()));
    }

    private static String number(TargetResult f, double shortfall) {
        if (shortfall == 0) {
            return "0";
        }
        return f.isResponseTime() ? String.format(Locale.ROOT, "%.1f 个百分点 / pts", 100 * shortfall)
                : amount(shortfall, f.unit());
    }

    private static String met(TargetCheck c) {
        return !c.scored() ? "" : c.verdict().zh() + " " + c.verdict().en();
    }

    private static String causes(List<CauseShare> causes, int most) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(most, causes.size()); i++) {
            CauseShare cs = causes.get(i);
            if (i > 0) {
                sb.append("; ");
            }
            sb.append(String.format(Locale.ROOT, "%s %s %.0f %%", cs.cause().zh(), cs.cause().en(), 100 * cs.share()));
        }
        return sb.toString();
    }

    private static String amount(GapReport.ResourceGap g, double a) {
        return trim(a) + " " + g.unit().zh() + (g.unit().zh().equals(g.unit().en()) ? "" : " " + g.unit().en());
    }

    private static String trim(double v) {
        if (v == Math.rint(v)) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        return String.format(Locale.ROOT, "%.2f", v).replaceAll("0$", "");
    }
}
