package org.drillsim.world.score;

import org.drillsim.format.targets.TargetCatalog;
import org.drillsim.format.targets.TargetDefinition;
import org.drillsim.format.model.HelicopterBase;
import org.drillsim.format.model.LocalizedText;
import org.drillsim.format.model.PlanClause;
import org.drillsim.format.model.Scenario;
import org.drillsim.format.model.ScenarioPlan;
import org.drillsim.format.model.Shelter;
import org.drillsim.format.model.TargetSpec;
import org.drillsim.format.model.Team;
import org.drillsim.format.model.TeamLevel;
import org.drillsim.format.model.TeamType;
import org.drillsim.world.ClockSpan;
import org.drillsim.world.DelayCause;
import org.drillsim.world.Indicators;
import org.drillsim.world.PopulationCell;
import org.drillsim.world.ScenarioSite;
import org.drillsim.world.TargetClock;
import org.drillsim.world.World;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The scorecard of one replication: every target the scenario names, scored from the world's target clocks
 * (response-time targets) or from the site and the modules' figures (capacity targets), plus the modules'
 * indicators. Works on a finished run ({@link #evaluate(World)}) and mid-run for a live drill
 * ({@link #evaluate(World, long)}: clocks still running are counted as they would be if the run ended then).
 *
 * @param scenarioId  scenario id
 * @param replication replication number
 * @param atMs        time the score refers to (the horizon for a finished run)
 * @param targets     one result per scenario target, in scenario order: for the whole area, or for the district
 *                    named by the scenario's {@code scoring.district} ({@code scope})
 * @param indicators  the modules' figures (whole area)
 * @param scope       the district the headline targets are scored for, or null for the whole area
 * @param districts   the same targets scored per district of the map, in the districts' order (empty without districts)
 */
public record Scorecard(String scenarioId, int replication, long atMs, List<TargetResult> targets,
                        List<Indicators.Indicator> indicators, String scope, List<DistrictScore> districts) {

    public Scorecard {
        targets = List.copyOf(targets);
        indicators = List.copyOf(indicators);
        districts = districts == null ? List.of() : List.copyOf(districts);
    }

    /**
     * The targets scored for one district: its residents, the shelters and teams placed in it, and the clocks of
     * people and things at road nodes in it.
     *
     * @param name    district name
     * @param people  residents in its population cells (cell centres inside it)
     * @param targets one result per scenario target, in scenario order
     */
    public record DistrictScore(String name, long people, List<TargetResult> targets) {
        public DistrictScore {
            targets = List.copyOf(targets);
        }
    }

    /** Where a score is taken: the whole area ({@link #WHOLE}) or one district of the site. */
    record Area(ScenarioSite site, int district) {
        static final int WHOLE = -1;

        boolean whole() {
            return district == WHOLE;
        }

        boolean node(int node) {
            return whole() || (node >= 0 && site.districtOfNode(node) == district);
        }

        boolean at(double lon, double lat) {
            return whole() || site.districts().indexAt(lon, lat) == district;
        }
    }

    /** The scorecard at the end of a run (the current time, normally the horizon). */
    public static Scorecard evaluate(World w) {
        return evaluate(w, w.now());
    }

    /** The scorecard as if the run ended at {@code atMs} (≤ now). */
    public static Scorecard evaluate(World w, long atMs) {
        ScenarioSite site = w.site();
        String scope = w.scenario().scoring().district();
        int scoped = scope == null ? Area.WHOLE : site.districts().indexOf(scope);
        if (scope != null && scoped < 0) {
            throw new IllegalArgumentException("scoring.district: '" + scope + "' is not a district of the map; expected one of: "
                    + String.join(", ", site.districts().names()));
        }
        List<DistrictScore> rows = new ArrayList<>();
        for (int d = 0; d < site.districts().size(); d++) {
            Area area = new Area(site, d);
            long people = 0;
            for (PopulationCell c : site.cells()) {
                if (area.at(c.lon(), c.lat())) {
                    people += c.people();
                }
            }
            rows.add(new DistrictScore(site.districts().all().get(d).name(), people, targets(w, atMs, area)));
        }
        List<TargetResult> headline = scoped == Area.WHOLE ? targets(w, atMs, new Area(site, Area.WHOLE))
                : rows.get(scoped).targets();
        return new Scorecard(w.scenario().id(), w.replication(), atMs, headline, w.indicators().all(), scope, rows);
    }

    private static List<TargetResult> targets(World w, long atMs, Area area) {
        List<TargetResult> out = new ArrayList<>();
        for (TargetSpec spec : w.scenario().targets()) {
            TargetDefinition def = TargetCatalog.get(spec.id());
            out.add(def.isResponseTime() ? responseTime(w, spec, def, atMs, area) : capacity(w, spec, def, area));
        }
        return out;
    }

    /** The result for one target id, or null. */
    public TargetResult target(String id) {
        for (TargetResult t : targets) {
            if (t.id().equals(id)) {
                return t;
            }
        }
        return null;
    }

    static double thresholdOf(TargetSpec spec, TargetDefinition def) {
        return spec.thresholdOverride() != null ? spec.thresholdOverride() : def.threshold();
    }

    static String thresholdSource(TargetSpec spec, Citation cite) {
        return spec.thresholdOverride() != null ? spec.overrideSource() : cite.source().toString();
    }

    /** Whose clause a target cites: the scenario's own plan where it names one, else the catalogue's seed clause. */
    record Citation(TargetDefinition.Source source, String kind, String wording) {
        static Citation of(Scenario sc, TargetDefinition def) {
            PlanClause c = sc.plan() == null ? null : sc.plan().clauseFor(def.id());
            if (c == null) {
                return new Citation(def.source(), TargetResult.CATALOGUE, def.wording());
            }
            ScenarioPlan p = sc.plan();
            return new Citation(new TargetDefinition.Source(p.documentNumber(), p.title().zh(), c.clause(), 0),
                    TargetResult.SCENARIO_PLAN, c.wording());
        }
    }

    static TargetResult responseTime(World w, TargetSpec spec, TargetDefinition def, long atMs, Area area) {
        ClockSpan span = new ClockSpan(spec.clockStart() != null ? spec.clockStart() : def.clockStart(),
                spec.clockStop() != null ? spec.clockStop() : def.clockStop());
        double threshold = thresholdOf(spec, def);
        Citation cite = Citation.of(w.scenario(), def);
        long thresholdMs = Math.round(threshold * unitMs(def.unit(), def.id()));
        double required = spec.requiredShare() != null ? spec.requiredShare()
                : def.defaultRequiredShare() != null ? def.defaultRequiredShare() : 1.0;
        long measured = 0;
        long met = 0;
        long pending = 0;
        double sumHours = 0;
        long stoppedWeight = 0;
        long[] causeMs = new long[DelayCause.values().length];
        for (TargetClock c : w.clocks().of(span)) {
            if (c.startMs() > atMs || c.isWithdrawn() || !area.node(c.node())) {
                continue;
            }
            boolean ended = !c.isRunning() && Math.max(c.stopMs(), c.failedMs()) <= atMs;
            boolean stoppedOk = ended && !c.isFailed();
            long elapsed = ended ? c.elapsedMs(atMs) : atMs - c.startMs();
            boolean within;
            if (stoppedOk) {
                within = def.comparison().equals("<") ? elapsed < thresholdMs : elapsed <= thresholdMs;
                sumHours += elapsed / 3_600_000.0 * c.weight();
                stoppedWeight += c.weight();
            } else if (ended) {
                within = false;    // failed: the stop event can no longer happen
            } else if (elapsed <= thresholdMs) {
                pending += c.weight();
                continue;          // still running, not yet due
            } else {
                within = false;
            }
            measured += c.weight();
            if (within) {
                met += c.weight();
            } else {
                for (DelayCause dc : DelayCause.values()) {
                    causeMs[dc.ordinal()] += c.causeMs(dc, ended ? c.elapsedMs(atMs) + c.startMs() : atMs) * c.weight();
                }
            }
        }
        List<CauseShare> causes = causeShares(causeMs);
        double lateHours = 0;
        for (long v : causeMs) {
            lateHours += v / 3_600_000.0;
        }
        boolean scored = measured > 0;
        double value = scored ? met / (double) measured : Double.NaN;
        LocalizedText note = scored
                ? new LocalizedText("按人数（或单位数）加权：在阈值内的比例 ≥ " + pct(required) + " 为达标",
                "weighted by people (or units): pass when the share within the threshold is ≥ " + pct(required))
                : new LocalizedText("本次推演没有可计时的对象（" + span.id() + "）",
                "nothing was timed in this run (" + span.id() + ")");
        return new TargetResult(def.id(), def.label(), def.kind(), threshold, def.unit(), def.comparison(), required, span,
                scored, value, scored && value >= required, measured, measured - met, pending,
                stoppedWeight > 0 ? sumHours / stoppedWeight : Double.NaN, lateHours, causes, cite.source(), cite.kind(),
                cite.wording(), thresholdSource(spec, cite), note);
    }

    static List<CauseShare> causeShares(long[] causeMs) {
        long total = 0;
        for (long v : causeMs) {
            total += v;
        }
        List<CauseShare> out = new ArrayList<>();
        if (total == 0) {
            return out;
        }
        for (DelayCause dc : DelayCause.values()) {
            if (causeMs[dc.ordinal()] > 0) {
                out.add(new CauseShare(dc, causeMs[dc.ordinal()] / (double) total));
            }
        }
        out.sort(Comparator.comparingDouble(CauseShare::share).reversed().thenComparing(c -> c.cause().ordinal()));
        return out;
    }

    static TargetResult capacity(World w, TargetSpec spec, TargetDefinition def, Area area) {
        double threshold = thresholdOf(spec, def);
        Citation cite = Citation.of(w.scenario(), def);
        ScenarioSite site = w.site();
        Scenario sc = w.scenario();
        double value = Double.NaN;
        LocalizedText note;
        Indicators.Indicator given = w.indicators().get("capacity." + def.id());
        if (given != null && area.whole()) {
            value = given.value();
            note = given.label();
        } else if (given != null) {
            note = new LocalizedText("此指标由模块给出全区域数值，不分区县评分", "a whole-area figure given by a module; not scored per district");
        } else {
            switch (def.id()) {
                case "shelter-area" -> {
                    // one district's shelters for that district's residents (a shelter serves where it stands)
                    double shelterArea = 0;
                    for (Shelter s : site.shelters()) {
                        if (area.at(s.location().lon(), s.location().lat())) {
                            shelterArea += s.areaM2();
                        }
                    }
                    long people = 0;
                    for (PopulationCell c : site.cells()) {
                        if (area.at(c.lon(), c.lat())) {
                            people += c.people();
                        }
                    }
                    value = people > 0 ? shelterArea / people : Double.NaN;
                    note = new LocalizedText(String.format("避难场所有效面积 %.0f m² ÷ 常住人口 %d", shelterArea, people),
                            String.format("effective shelter area %.0f m² / %d residents", shelterArea, people));
                }
                case "aviation-80km" -> {
                    // value: the farthest resident's distance to the nearest helicopter base (km); pass when ≤ 80 km
                    double worst = 0;
                    long people = 0;
                    long covered = 0;
                    for (PopulationCell c : site.cells()) {
                        if (c.people() == 0 || !area.at(c.lon(), c.lat())) {
                            continue;
                        }
                        double nearest = Double.POSITIVE_INFINITY;
                        for (HelicopterBase b : site.helicopterBases()) {
                            nearest = Math.min(nearest, km(b.location().lon(), b.location().lat(), c.lon(), c.lat()));
                        }
                        worst = Math.max(worst, nearest);
                        people += c.people();
                        if (nearest <= threshold) {
                            covered += c.people();
                        }
                    }
                    value = site.helicopterBases().isEmpty() ? Double.POSITIVE_INFINITY : worst;
                    String share = people > 0 ? pct(covered / (double) people) : "-";
                    note = site.helicopterBases().isEmpty()
                            ? new LocalizedText("情景中没有直升机基地", "the scenario has no helicopter base")
                            : new LocalizedText("最远居民到最近直升机基地的距离（公里）；半径内人口 " + share,
                            "distance from the farthest resident to the nearest helicopter base (km); residents within the radius: " + share);
                }
                case "forest-team-50" -> {
                    value = largestTeam(sc, site, TeamType.FOREST_FIRE, area);
                    note = new LocalizedText("最大森林消防队伍人数", "headcount of the largest forest firefighting team");
                }
                case "county-team-30" -> {
                    value = largestTeam(sc, site, TeamType.COMPREHENSIVE, area);
                    note = new LocalizedText("最大综合应急救援队伍人数（县本级标准30人）",
                            "headcount of the largest comprehensive rescue team (county level: 30)");
                }
                case "subdistrict-team-300" -> {
                    // 各街道组建300人: every sub-district's team must reach it, so the smallest one decides
                    value = smallestTeam(sc, TeamLevel.SUBDISTRICT);
                    note = new LocalizedText("街道级队伍中人数最少的一支（每个街道都须达到）",
                            "headcount of the smallest sub-district team (each sub-district must reach it)");
                }
                case "grain-15d" -> {
                    value = sc.reserves() == null ? Double.NaN : sc.reserves().grainDays();
                    note = Double.isNaN(value) ? NO_DATA : new LocalizedText(
                            String.format("成品粮油储备 %s 吨 ÷ 日市场供应量 %s 吨", num(sc.reserves().grainOilTonnes()),
                                    num(sc.reserves().grainOilDailySupplyTonnes())),
                            String.format("grain and oil reserve %s t / daily market supply %s t",
                                    num(sc.reserves().grainOilTonnes()), num(sc.reserves().grainOilDailySupplyTonnes())));
                }
                case "medical-stock-30d" -> {
                    value = sc.reserves() == null ? Double.NaN : sc.reserves().medicalDays();
                    note = Double.isNaN(value) ? NO_DATA : new LocalizedText(
                            String.format("医用物资储备 %s ÷ 日均消耗上限 %s", num(sc.reserves().medicalStockUnits()),
                                    num(sc.reserves().medicalDailyUseMaxUnits())),
                            String.format("medical reserve %s / peak daily use %s", num(sc.reserves().medicalStockUnits()),
                                    num(sc.reserves().medicalDailyUseMaxUnits())));
                }
                default -> note = NO_DATA;
            }
        }
        boolean scored = !Double.isNaN(value);
        return new TargetResult(def.id(), def.label(), def.kind(), threshold, def.unit(), def.comparison(), Double.NaN, null,
                scored, value, scored && def.meets(value, threshold), 0, 0, 0, Double.NaN, 0, List.of(), cite.source(),
                cite.kind(), cite.wording(), thresholdSource(spec, cite), note);
    }

    private static final LocalizedText NO_DATA = new LocalizedText("情景未提供计算此指标所需的数据，未评分",
            "the scenario has no data to compute this target; not scored");

    /** The whole area without a site: enough where only the scenario's own lists are read. */
    private static final Area WHOLE_AREA = new Area(null, Area.WHOLE);

    /**
     * The capacity targets this scorecard computes itself from the scenario's own inputs (the others need a
     * capability's {@code capacity.<id>} indicator). One place for {@code validate}'s "no model feeds it" warning
     * and for the switch in {@link #capacity}: keep both in step.
     */
    public static java.util.Set<String> feeds(Scenario sc) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        out.add("shelter-area");
        out.add("aviation-80km");
        if (!Double.isNaN(largestTeam(sc, null, TeamType.FOREST_FIRE, WHOLE_AREA))) {
            out.add("forest-team-50");
        }
        if (!Double.isNaN(largestTeam(sc, null, TeamType.COMPREHENSIVE, WHOLE_AREA))) {
            out.add("county-team-30");
        }
        if (!Double.isNaN(smallestTeam(sc, TeamLevel.SUBDISTRICT))) {
            out.add("subdistrict-team-300");
        }
        if (sc.reserves() != null && !Double.isNaN(sc.reserves().grainDays())) {
            out.add("grain-15d");
        }
        if (sc.reserves() != null && !Double.isNaN(sc.reserves().medicalDays())) {
            out.add("medical-stock-30d");
        }
        return out;
    }

    private static double smallestTeam(Scenario sc, TeamLevel level) {
        double best = Double.NaN;
        for (Team t : sc.teams()) {
            if (t.level() == level && (Double.isNaN(best) || t.headcount() < best)) {
                best = t.headcount();
            }
        }
        return best;
    }

    private static String num(Double v) {
        return v == Math.rint(v) ? String.valueOf(v.longValue()) : String.format("%.2f", v);
    }

    /** The headcount of the largest team of a type based in the area (by its home base), NaN when none. */
    private static double largestTeam(Scenario sc, ScenarioSite site, TeamType type, Area area) {
        double best = Double.NaN;
        // the whole area: the teams as listed; a district: the resolved teams, whose homes have positions
        for (Team t : area.whole() ? sc.teams() : site.teams()) {
            if (!area.whole()) {
                org.drillsim.world.Facility home = site.facilities().get(t.home());
                if (home == null || !area.at(home.lon(), home.lat())) {
                    continue;
                }
            }
            if (t.type() == type && (Double.isNaN(best) || t.headcount() > best)) {
                best = t.headcount();
            }
        }
        return best;
    }

    static double unitMs(String unit, String id) {
        return switch (unit) {
            case "h" -> 3_600_000.0;
            case "min" -> 60_000.0;
            case "d" -> 86_400_000.0;
            default -> throw new IllegalArgumentException("target " + id + ": a response-time target needs a time unit, got " + unit);
        };
    }

    static String pct(double share) {
        double p = share * 100;
        return (p == Math.rint(p) ? String.valueOf((long) p) : String.format("%.1f", p)) + " %";
    }

    static double km(double lon1, double lat1, double lon2, double lat2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double a = Math.pow(Math.sin((p2 - p1) / 2), 2)
                + Math.cos(p1) * Math.cos(p2) * Math.pow(Math.sin(Math.toRadians(lon2 - lon1) / 2), 2);
        return 6371.0088 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }
}
