package org.drillsim.analysis.site;

import org.drillsim.analysis.gap.TargetCheck;
import org.drillsim.analysis.gap.GapTable;
import org.drillsim.analysis.gap.TextTable;
import org.drillsim.analysis.replication.TargetSummary;
import org.drillsim.world.ScenarioSite;
import org.drillsim.world.score.TargetResult;

import java.util.Locale;

/** The siting and its before / after re-simulation as text tables, Chinese first, English second. */
public final class SiteTable {
    private SiteTable() {
    }

    /** The siting: inputs, proposed sites, objective before / after with the bound. */
    public static String plan(ScenarioSite site, SitingPlan plan, int unitsPerBase) {
        SitingRequest r = plan.request();
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "选址 / siting — %s: 新增 %d 处%s / %d new %s, 目标 / objective: %s%n",
                site.scenario().id(), r.add(), r.kind().label().zh(), r.add(), r.kind().label().en(),
                plan.covering() ? String.format(Locale.ROOT, "最大覆盖（%.0f 分钟内）/ maximal covering within %.0f min",
                        r.withinMinutes(), r.withinMinutes())
                        : "p-中位（需求加权平均行程时间最短）/ p-median (least demand-weighted travel time)"));
        sb.append(String.format(Locale.ROOT, "路况 / roads: 灾害时间线最不利状态 worst state over the hazard timeline — %d 条有向路段封闭 "
                + "directed edges closed, %d 减速 slowed%s%n", plan.roads().closedEdges(), plan.roads().slowedEdges(),
                plan.roads().forPublic() ? "（含对公众封闭 incl. closed to the public）" : ""));
        sb.append(String.format(Locale.ROOT, "需求 / demand: %s / %s — %,.0f %s, %d 个路网节点 road nodes%s%n",
                plan.demand().what().zh(), plan.demand().what().en(), plan.demand().total(), plan.demand().unit().en(),
                plan.demand().size(), plan.demand().relocated() > 0 ? String.format(Locale.ROOT,
                        "（%,.0f 由被阻断处就近转出 carried out of cut-off places）", plan.demand().relocated()) : ""));
        sb.append(String.format(Locale.ROOT, "候选 / candidates: %d — %s / %s; %d 处因道路中断排除 left out (cut off)%n",
                plan.candidates().list().size(), plan.candidates().source().zh(), plan.candidates().source().en(),
                plan.candidates().excluded()));
        sb.append(String.format(Locale.ROOT, "现有 / existing (kept): %d%n%n", plan.existing().size()));
        TextTable t = new TextTable("#", "名称 / name", "类型 / kind", "经纬度 / lon, lat", "服务需求 / served",
                "其中覆盖 / within", "带来 / brings");
        int i = 0;
        for (SitingPlan.Proposed p : plan.proposed()) {
            i++;
            Candidate c = p.candidate();
            var brings = ProposedSites.brings(site, plan, p, unitsPerBase);
            t.row(ProposedSites.id(r.kind(), i), c.name().zh(), c.kind(),
                    String.format(Locale.ROOT, "%.5f, %.5f", c.lon(), c.lat()), String.format(Locale.ROOT, "%,.0f", p.served()),
                    String.format(Locale.ROOT, "%,.0f", p.covered()), brings.zh() + " / " + brings.en());
        }
        sb.append(t);
        double total = plan.demand().total();
        sb.append(String.format(Locale.ROOT, "%n%.0f 分钟内的需求 / demand within %.0f min: %,.0f (%.1f %%) → %,.0f (%.1f %%)%n",
                r.withinMinutes(), r.withinMinutes(), plan.coveredBefore(), 100 * plan.coveredBefore() / total,
                plan.coveredAfter(), 100 * plan.coveredAfter() / total));
        sb.append(String.format(Locale.ROOT, "平均行程 / mean travel: %.1f → %.1f 分钟 min（不可达按 %.0f 分钟计 / unreachable counted"
                + " as %.0f min）%n", plan.travelBefore(), plan.travelAfter(), plan.penaltyMinutes(), plan.penaltyMinutes()));
        if (plan.covering()) {
            sb.append(String.format(Locale.ROOT, "覆盖上界 / bound on coverage: %,.0f (%.1f %%)，与最优差距 / gap %.2f %%%n",
                    plan.bound(), 100 * plan.bound() / total, plan.gapPercent()));
        } else {
            sb.append(String.format(Locale.ROOT, "平均行程下界 / bound on mean travel: %.2f 分钟 min，与最优差距 / gap %.2f %%%n",
                    plan.bound(), plan.gapPercent()));
        }
        sb.append(String.format(Locale.ROOT, "求解 / solver: %.2f s%n", plan.solverSeconds()));
        for (var n : plan.notes()) {
            sb.append("注 / note: ").append(n.zh()).append(" / ").append(n.en()).append('\n');
        }
        return sb.toString();
    }

    /** Before / after per target. */
    public static String comparison(SitesFiles.Comparison cmp) {
        TextTable t = new TextTable("目标 / target", "要求 / required", "选址前 / before", "选址后 / after", "变化 / change");
        for (TargetSummary b : cmp.before().targets()) {
            TargetSummary a = cmp.after().target(b.first().id());
            TargetCheck cb = TargetCheck.of(b, cmp.confidence());
            TargetCheck ca = a == null ? null : TargetCheck.of(a, cmp.confidence());
            TargetResult f = b.first();
            String req = GapTable.requirement(f);
            String change = "";
            if (ca != null && cb.scored() && ca.scored()) {
                double d = ca.mean() - cb.mean();
                change = f.isResponseTime() ? String.format(Locale.ROOT, "%+.1f 个百分点 pts", 100 * d)
                        : (d >= 0 ? "+" : "") + GapTable.amount(d, f.unit());
            }
            t.row(f.id(), req, value(f, cb), ca == null ? "" : value(f, ca), change);
            t.note(f.label().zh()); // under the row, so the table fits ~120 columns
            if (withinNoise(cb, ca)) {
                t.note(String.format(Locale.ROOT, "变化在 %d 次重复的置信区间噪声之内（前后区间重叠）%s / the change is within the noise of %d"
                                + " replications (the intervals overlap)%s", cmp.replications(),
                        cmp.replications() < 20 ? "，可用 -n 20 再比" : "", cmp.replications(),
                        cmp.replications() < 20 ? "; compare again with -n 20" : ""));
            }
        }
        return String.format(Locale.ROOT, "重新推演 / re-simulated: %d 次重复 replications each, 同一随机数 same seed %d, %.0f %% CI%n",
                cmp.replications(), cmp.seed(), 100 * cmp.confidence()) + t;
    }

    private static String value(TargetResult f, TargetCheck c) {
        if (!c.scored()) {
            return "未评分 / not scored";
        }
        String mark = " " + c.verdict().symbol();
        if (f.isResponseTime()) {
            return (Double.isNaN(c.low()) ? String.format(Locale.ROOT, "%.1f %%", 100 * c.mean())
                    : String.format(Locale.ROOT, "%.1f %% [%.1f, %.1f]", 100 * c.mean(), 100 * c.low(), 100 * c.high())) + mark;
        }
        return GapTable.amount(c.mean(), f.unit()) + mark;
    }

    /** True when a before/after change is there but the two confidence intervals overlap. */
    static boolean withinNoise(TargetCheck before, TargetCheck after) {
        if (after == null || !before.scored() || !after.scored() || before.mean() == after.mean()) {
            return false;
        }
        if (Double.isNaN(before.low()) || Double.isNaN(after.low())) {
            return false;
        }
        return after.low() <= before.high() && before.low() <= after.high();
    }
}
