package org.drillsim.exporters.run;

import com.fasterxml.jackson.databind.JsonNode;
import org.drillsim.runformat.JsonText;
import org.drillsim.runformat.RunInfo;
import org.drillsim.runformat.Bilingual;
import org.drillsim.runformat.Scorecard;
import org.drillsim.runformat.Verdict;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.drillsim.exporters.HtmlWriter;
import org.drillsim.exporters.ReportFormat;
import org.drillsim.exporters.doc.Cell;
import org.drillsim.exporters.doc.Figure;
import org.drillsim.exporters.doc.KeyValue;
import org.drillsim.exporters.text.Language;
import org.drillsim.exporters.doc.ReportDocument;
import org.drillsim.exporters.doc.Section;
import org.drillsim.exporters.text.Status;
import org.drillsim.exporters.doc.Table;
import org.drillsim.exporters.text.Text;
import org.drillsim.runformat.geo.GeoFeature;
import org.drillsim.exporters.geo.GeoLayer;
import org.drillsim.exporters.svg.Drawing;

/**
 * Turns a run directory into reports: the run report ({@code report.html} of {@code ./drillsim run})
 * and the drill evaluation and plan-revision report (演练评估报告与预案修订建议) for {@code ./drillsim export}:
 * summary; scenario and assumptions; timeline of key events, injects and decisions; scorecard against
 * each target with its source clause; capacity gaps; proposed sites on a map; a corrective-action
 * table ready to fill in; appendix tables.
 */
public final class RunReportBuilder {
    /** File name of the Chinese run report in the run directory. */
    public static final String REPORT_HTML = "report.html";
    /** File name of the English run report. */
    public static final String REPORT_HTML_EN = "report-en.html";

    private final RunData data;

    private RunReportBuilder(RunData data) {
        this.data = data;
    }

    /** Reads the run directory. */
    public static RunReportBuilder of(Path runDir) throws IOException {
        return new RunReportBuilder(RunData.read(runDir));
    }

    /** For data already read. */
    public static RunReportBuilder of(RunData data) {
        return new RunReportBuilder(data);
    }

    /**
     * Writes {@code report.html} (Chinese) and {@code report-en.html} (English) into the run directory.
     *
     * @return the Chinese report's path
     */
    public static Path writeRunReports(Path runDir) throws IOException {
        // called by the writer on its own directory before the manifest is written, so not checked against it
        ReportDocument doc = of(RunData.readBeingWritten(runDir)).runReport();
        Path zh = runDir.resolve(REPORT_HTML);
        ReportFormat.HTML.write(doc, Language.ZH, zh);
        ReportFormat.HTML.write(doc, Language.EN, runDir.resolve(REPORT_HTML_EN));
        return zh;
    }

    /** The confidence level of the scorecard's intervals (0.95 when the file does not say). */
    private double confidenceLevel() {
        double c = data.scorecard().confidenceLevel();
        return c > 0 && c < 1 ? c : 0.95;
    }

    /** The data read from the run directory. */
    public RunData data() {
        return data;
    }

    // ------------------------------------------------------------------ the two reports

    /** The run report: summary, scorecard with charts, causes of delay, situation map, indicators, notes. */
    public ReportDocument runReport() {
        ReportDocument.Builder b = ReportDocument.builder(Text.of("推演结果报告", "Simulation run report"));
        header(b);
        b.section(summary(1, Text.of("一、总体评价", "1. Summary")));
        b.section(scorecardSection(1, Text.of("二、目标评分", "2. Scorecard against the plan's targets")));
        Section causes = causesSection(2, Text.of("2.1 未达标原因", "2.1 Causes of delay"));
        if (causes != null) {
            b.section(causes);
        }
        Section districts = districtSection(2, Text.of("2.2 分区县评分", "2.2 Scores by district"));
        if (districts != null) {
            b.section(districts);
        }
        Section map = mapSection(1, Text.of("三、态势图", "3. Situation map"), false);
        if (map != null) {
            b.section(map);
        }
        Section ind = indicatorsSection(1, Text.of("四、其他指标", "4. Other indicators"));
        if (ind != null) {
            b.section(ind);
        }
        b.section(assumptionsSection(1, Text.of("五、说明", "5. Notes")));
        b.section(technicalSection(1, Text.of("六、技术信息", "6. Technical details")));
        geoLayers(b);
        return b.build();
    }

    /** The drill evaluation and plan-revision report (演练评估报告与预案修订建议). */
    public ReportDocument planRevisionReport() {
        ReportDocument.Builder b = ReportDocument.builder(Text.of("演练评估报告与预案修订建议",
                "Drill evaluation and plan revision report"));
        header(b);
        b.section(summary(1, Text.of("一、总体评价", "1. Summary")));
        b.section(assumptionsSection(1, Text.of("二、情景与假设", "2. Scenario and assumptions")));
        b.section(timelineSection(1, Text.of("三、关键事件、注入与决策", "3. Timeline of key events, injects and decisions")));
        b.section(scorecardSection(1, Text.of("四、目标评分", "4. Scorecard against the plan's targets")));
        Section causes = causesSection(2, Text.of("4.1 未达标原因", "4.1 Causes of delay"));
        if (causes != null) {
            b.section(causes);
        }
        Section ind = indicatorsSection(2, Text.of("4.2 其他指标", "4.2 Other indicators"));
        if (ind != null) {
            b.section(ind);
        }
        Section districts = districtSection(2, Text.of("4.3 分区县评分", "4.3 Scores by district"));
        if (districts != null) {
            b.section(districts);
        }
        b.section(gapSection(1, Text.of("五、能力缺口与补充建议", "5. Capacity gaps and additions")));
        Section map = mapSection(1, Text.of("六、选址建议与态势图", "6. Proposed sites and situation map"), true);
        if (map != null) {
            b.section(map);
        }
        b.section(actionsSection(1, Text.of("七、整改措施", "7. Corrective actions")));
        appendix(b);
        b.section(technicalSection(2, Text.of("技术信息", "Technical details")));
        geoLayers(b);
        return b.build();
    }

    // ------------------------------------------------------------------ parts

    private void header(ReportDocument.Builder b) {
        RunInfo run = data.run();
        RunInfo.ScenarioInfo sc = run.scenario();
        String id = sc == null ? "" : RunText.orEmpty(sc.id());
        b.subtitle(RunText.text(sc == null ? null : sc.name(), id));
        // the scenario id, the seed and the tool are technical details: see the technical section at the end
        b.meta(Text.of("重复次数", "replications"), String.valueOf(run.replications()));
        b.meta(Text.of("推演时长", "horizon"), Text.of(RunText.num(run.horizonHours(), 2) + " 小时",
                RunText.num(run.horizonHours(), 2) + " h"));
        b.meta(Text.of("地图", "map"), run.map() == null ? "" : RunText.orEmpty(run.map().source()));
    }

    /**
     * Technical details for whoever checks the run: scenario id, seed, tool, the run's notes as the tool wrote
     * them, the files of the run directory and the commands that add a gap analysis or a siting study.
     */
    private Section technicalSection(int level, Text heading) {
        RunInfo run = data.run();
        String id = run.scenario() == null ? "" : RunText.orEmpty(run.scenario().id());
        Section.Builder s = Section.builder(level, heading);
        List<KeyValue> kv = new ArrayList<>();
        kv.add(KeyValue.of(Text.of("情景编号", "scenario id"), id));
        kv.add(KeyValue.of(Text.of("随机种子", "seed"), String.valueOf(run.seed())));
        if (run.tool() != null) {
            kv.add(KeyValue.of(Text.of("软件", "tool"), run.tool()));
        }
        kv.add(new KeyValue(Text.of("完整事件记录", "full event log"), Text.of("运行目录中的 events.jsonl", "events.jsonl in the run directory")));
        kv.add(new KeyValue(Text.of("能力缺口分析", "capacity-gap analysis"), Text.same("./drillsim gap " + id + " --replications 20")));
        kv.add(new KeyValue(Text.of("选址分析", "siting study"), Text.same("./drillsim site " + id + " --kind shelter --add 2")));
        s.keyValues(kv);
        String attribution = RunText.orEmpty(run.attribution());
        for (String n : run.notes()) {
            if (attribution.isEmpty() || !n.contains(attribution)) {
                s.note(RunText.bilingual(n)); // the loader's notes: its two languages when it wrote "中文 / English"
            }
        }
        return s.build();
    }

    private Section summary(int level, Text heading) {
        int scored = 0;
        Map<Verdict, List<String>> zhBy = new java.util.EnumMap<>(Verdict.class);
        Map<Verdict, List<String>> enBy = new java.util.EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            zhBy.put(v, new ArrayList<>());
            enBy.put(v, new ArrayList<>());
        }
        for (Scorecard.Target t : data.scorecard().targets()) {
            if (!t.scored()) {
                continue;
            }
            scored++;
            Verdict v = t.verdict();
            Text label = RunText.label(t);
            Text value = RunText.value(t);
            zhBy.get(v).add("“" + label.zh() + "”（" + value.zh() + "；阈值 " + RunText.threshold(t).zh() + "）");
            enBy.get(v).add("“" + label.en() + "” (" + value.en() + "; target " + RunText.threshold(t).en() + ")");
        }
        int passed = zhBy.get(Verdict.MET).size();
        int total = data.scorecard().targets().size();
        int reps = data.scorecard().replications() > 0 ? data.scorecard().replications() : data.run().replications();
        StringBuilder zh = new StringBuilder("本次推演对 " + total + " 项预案目标进行评估（" + reps + " 次重复仿真，95% 置信区间），其中 "
                + scored + " 项可评分：" + passed + " 项达标，" + zhBy.get(Verdict.AT_RISK).size() + " 项临界，"
                + zhBy.get(Verdict.NOT_MET).size() + " 项未达标。");
        StringBuilder en = new StringBuilder("The run scored " + total + " targets of the plans (" + reps
                + " replications, 95 % confidence intervals); " + scored + " could be scored: " + passed + " met, "
                + enBy.get(Verdict.AT_RISK).size() + " at risk, " + enBy.get(Verdict.NOT_MET).size() + " not met.");
        for (Verdict v : List.of(Verdict.NOT_MET, Verdict.AT_RISK)) {
            if (!zhBy.get(v).isEmpty()) {
                zh.append(v.zh()).append("：").append(String.join("；", zhBy.get(v))).append("。");
                en.append(" ").append(Character.toUpperCase(v.en().charAt(0))).append(v.en().substring(1)).append(": ")
                        .append(String.join("; ", enBy.get(v))).append(".");
            }
        }
        Section.Builder s = Section.builder(level, heading).paragraph(Text.of(zh.toString(), en.toString()));
        List<KeyValue> kv = new ArrayList<>();
        kv.add(new KeyValue(Text.of("可评分目标", "targets scored"), Text.same(scored + " / " + total)));
        kv.add(new KeyValue(Text.of("达标目标", "targets met"), Text.same(passed + " / " + scored)));
        RunInfo run = data.run();
        if (run.people() > 0) {
            kv.add(new KeyValue(Text.of("人口", "population"), Text.same(RunText.count(String.valueOf(run.people())))));
        }
        for (Scorecard.Indicator ind : data.scorecard().indicators()) {
            if (ind.id().endsWith("preventable-deaths")) {
                String mean = RunText.num(ind.mean(), 1);
                String ci = confidenceInterval(ind, 1);
                boolean noSpread = lowerLimit(ind) == ind.high();
                kv.add(new KeyValue(RunText.text(ind.label(), ind.id()), noSpread ? Text.same(mean)
                        : Text.of(mean + "（95% 置信区间 " + ci + "）", mean + " (95 % CI " + ci + ")")));
            }
        }
        s.keyValues(kv);
        return s.build();
    }

    private Section assumptionsSection(int level, Text heading) {
        RunInfo run = data.run();
        Section.Builder s = Section.builder(level, heading);
        Text description = RunText.text(run.scenario() == null ? null : run.scenario().description(), "");
        if (!description.isEmpty()) {
            s.paragraph(description);
        }
        List<KeyValue> kv = new ArrayList<>();
        RunInfo.MapInfo map = run.map();
        kv.add(KeyValue.of(Text.of("地图来源", "map source"), map == null ? "" : RunText.orEmpty(map.source())));
        if (map != null && map.nodes() > 0) {
            String nodes = RunText.count(String.valueOf(map.nodes()));
            String edges = RunText.count(String.valueOf(map.edges()));
            kv.add(new KeyValue(Text.of("路网规模", "road network"),
                    Text.of(nodes + " 个节点 / " + edges + " 条路段", nodes + " nodes / " + edges + " edges")));
        }
        kv.add(new KeyValue(Text.of("灾情更新间隔", "hazard tick"), Text.of(JsonText.number(run.hazardTickMinutes()) + " 分钟",
                JsonText.number(run.hazardTickMinutes()) + " min")));
        Map<String, Integer> units = run.units();
        if (!units.isEmpty()) {
            StringBuilder zh = new StringBuilder();
            StringBuilder en = new StringBuilder();
            for (Map.Entry<String, Integer> e : units.entrySet()) {
                Text kind = RunText.unitType(e.getKey());
                zh.append(zh.length() > 0 ? "、" : "").append(kind.zh()).append(' ').append(e.getValue());
                en.append(en.length() > 0 ? ", " : "").append(kind.en()).append(' ').append(e.getValue());
            }
            kv.add(new KeyValue(Text.of("救援力量", "units"), Text.of(zh.toString(), en.toString())));
        }
        s.keyValues(kv);
        Table.Builder clocks = Table.builder("assumptions", Text.of("计时口径与评定规则", "Clocks and verdict rules"),
                Text.of("目标", "target"), Text.of("计时起点", "clock starts"), Text.of("计时终点", "clock stops"),
                Text.of("评定规则", "verdict rule"));
        int rows = 0;
        for (Scorecard.Target t : data.scorecard().targets()) {
            Scorecard.Clock clock = t.clock();
            clocks.row(Cell.of(RunText.label(t)),
                    Cell.of(RunText.clockPoint(clock == null || clock.start() == null ? "–" : clock.start())),
                    Cell.of(RunText.clockPoint(clock == null || clock.stop() == null ? "–" : clock.stop())),
                    Cell.of(RunText.symbols(RunText.text(t.passRule(), RunText.text(t.note(), "").zh()))));
            rows++;
        }
        if (rows > 0) {
            s.add(clocks.build());
        }
        // the loader's notes (map file, census sums) are technical: the technical section at the end holds them
        String attribution = RunText.orEmpty(run.attribution());
        if (!attribution.isEmpty()) {
            s.note(Text.of("地图数据 " + attribution, "Map data " + attribution));
        }
        return s.build();
    }

    private Section timelineSection(int level, Text heading) {
        RunData.EventDigest ev = data.events();
        Section.Builder s = Section.builder(level, heading);
        if (ev.key().isEmpty()) {
            s.paragraph(Text.of("本次推演未保存事件记录。", "The run kept no event record."));
            return s.build();
        }
        int rep = eventsReplication();
        s.paragraph(Text.of("以下为第 " + rep + " 次重复仿真中的关键事件、情景注入和决策指令（预案自动执行的日常派遣未列出，完整记录见技术信息）。",
                "Key events, injects and decisions of replication " + rep + " (routine dispatches by the plan are left out; "
                        + "the technical details say where the full record is)."));
        Table.Builder t = Table.builder("timeline", Text.of("关键事件时间线", "Timeline"),
                Text.of("时间", "time"), Text.of("事件", "event"), Text.of("发出方", "issued by"), Text.of("内容", "details"))
                .weights(1.35, 1.6, 1.5, 5.05); // T+00:05 must not wrap in DOCX
        Map<String, Text> names = names();
        for (JsonNode e : ev.key()) {
            String type = e.path("type").asText();
            Text issuer = type.equals("command") ? RunText.issuer(e.path("role").asText(""), e.path("issuer").asText(""))
                    : type.startsWith("inject") ? Text.of("导调（情景脚本）", "controller (scenario script)") : Text.same("–");
            Cell detail = Cell.of(RunText.eventDetails(e, names));
            if (type.equals("command") && !e.path("accepted").asBoolean(true)) {
                detail = detail.withStatus(Status.WARN);
            }
            long count;
            if (type.equals("command")) {
                count = RunData.isByThePlan(e) ? ev.planCommands().getOrDefault(e.path("command").asText(), 1L) : 1;
            } else {
                count = RunData.EVERY_TIME.contains(type) || type.startsWith("inject") ? 1 : ev.counts().getOrDefault(type, 1L);
            }
            if (count > 1) {
                Text d = detail.text();
                detail = Cell.of(Text.of(d.zh() + "（本次共 " + count + " 次）", d.en() + " (" + count + " in this run)"))
                        .withStatus(detail.status());
            }
            t.row(Cell.of(e.path("at").asText("")), Cell.of(RunText.eventType(type)), Cell.of(issuer), detail);
        }
        s.add(t.build());
        if (ev.omitted() > 0) {
            s.note(Text.of("另有 " + ev.omitted() + " 条关键事件未列出。", ev.omitted() + " more key events are not listed."));
        }
        return s.build();
    }

    /** Names for the ids events carry: facilities (from the map layer) and causes of delay (from the scorecard). */
    private Map<String, Text> names() {
        Map<String, Text> names = new java.util.HashMap<>();
        for (Scorecard.Target target : data.scorecard().targets()) {
            for (Scorecard.Cause c : target.causes()) {
                names.put(c.id(), RunText.cause(c));
            }
        }
        for (GeoFeature f : data.map().facilities()) {
            Object id = f.properties().get("id");
            if (id != null) {
                names.put(id.toString(), RunFigures.name(f));
            }
        }
        return names;
    }

    /**
     * An indicator's 95 % interval, e.g. {@code 0 – 7.0}. Counts, shares and rates cannot be negative, so the
     * Student-t interval's lower end is cut at 0 for them (a small mean with a wide spread gives e.g. −0.3).
     */
    static String confidenceInterval(Scorecard.Indicator ind, int decimals) {
        return RunText.num(lowerLimit(ind), decimals) + " – " + RunText.num(ind.high(), decimals);
    }

    /** The interval's lower end, cut at 0 for quantities that cannot be negative. */
    static double lowerLimit(Scorecard.Indicator ind) {
        double low = ind.low();
        if (!Double.isNaN(low) && low < 0 && ind.mean() >= 0 && isNonNegative(RunText.orEmpty(ind.unit()))) {
            return 0;
        }
        return low;
    }

    private static boolean isNonNegative(String unit) {
        return List.of("people", "%", "share", "h", "min", "d", "km", "m2", "m²", "m2/person", "m²/person", "units", "teams",
                "vehicles", "count", "trips", "reserves", "blockages").contains(unit);
    }

    private Section scorecardSection(int level, Text heading) {
        Section.Builder s = Section.builder(level, heading);
        Table.Builder t = Table.builder("scorecard", Text.of("目标评分表", "Scorecard"),
                Text.of("目标", "target"), Text.of("阈值", "threshold"), Text.of("结果（均值与95%置信区间）", "result (mean, 95 % CI)"),
                Text.of("达标重复比例", "runs passed"), Text.of("评定", "verdict"), Text.of("依据（文件、条款、原文）", "source (file, clause, wording)"))
                .weights(2, 1.7, 2, 1.1, 1.1, 3.6);
        for (Scorecard.Target target : data.scorecard().targets()) {
            Status st = RunText.status(target);
            double passRate = target.passRate();
            t.row(Cell.of(RunText.label(target)),
                    Cell.of(RunText.threshold(target)),
                    Cell.of(RunText.value(target)).withStatus(st),
                    Double.isNaN(passRate) ? Cell.of("–") : Cell.percent(passRate, 0),
                    st == Status.NONE ? Cell.of(Text.of("未评分", "not scored")) : Cell.status(st),
                    Cell.of(RunText.source(target)));
        }
        s.add(t.build());
        if (data.scorecard().scope() != null) {
            String d = data.scorecard().scope();
            s.note(Text.of("评分范围：" + d + "（情景 scoring.district）：人口、避难场所、队伍与计时对象均只计该区县。",
                    "Scored for " + d + " (scenario scoring.district): its residents, shelters, teams and timed people only."));
        }
        Bilingual rule = Verdict.rule(confidenceLevel());
        s.note(Text.of("评定：" + rule.zh(), "Verdict: " + rule.en()));
        Drawing served = RunFigures.servedChart(data);
        if (served != null) {
            s.add(new Figure(Text.of("图1 各时间目标的已服务比例随时间变化（竖线为时限）", "Figure 1 Share served against the clock (vertical lines: deadlines)"), served));
        }
        Drawing bars = RunFigures.shareBars(data);
        if (bars != null) {
            s.add(new Figure(Text.of("图2 各时间目标阈值内比例", "Figure 2 Share within the threshold per target"), bars));
        }
        return s.build();
    }

    /** One row per district, one column per target: the district's mean value and verdict, same rules as above. */
    private Section districtSection(int level, Text heading) {
        List<Scorecard.District> districts = data.scorecard().districts();
        if (districts.isEmpty()) {
            return null;
        }
        List<Scorecard.Target> targets = data.scorecard().targets();
        List<Text> head = new ArrayList<>(List.of(Text.of("区县", "district"), Text.of("人口", "residents")));
        for (Scorecard.Target target : targets) {
            head.add(RunText.label(target));
        }
        Table.Builder t = Table.builder("districts", Text.of("分区县评分表", "Scores by district"), head.toArray(new Text[0]));
        for (Scorecard.District d : districts) {
            List<Cell> row = new ArrayList<>(List.of(Cell.of(d.name()), Cell.number(Math.round(d.peopleMean()), 0)));
            for (int k = 0; k < targets.size() && k < d.targets().size(); k++) {
                Scorecard.DistrictTarget dt = d.targets().get(k);
                Scorecard.Target whole = targets.get(k);
                row.add(Cell.of(RunText.districtValue(whole, dt)).withStatus(Status.of(dt.verdict(whole))));
            }
            t.row(row.toArray(new Cell[0]));
        }
        return Section.builder(level, heading).add(t.build())
                .note(Text.of("每个区县用本区县的常住人口、位于区内的避难场所与队伍、以及区内道路节点上的计时对象评分（达标规则同上表）；"
                                + "区界取自 OSM 行政区划（admin_level=6，截至地图范围）或情景给出的区界文件。",
                        "Each district is scored on its own residents, the shelters and teams placed in it and the people and "
                                + "things timed at road nodes in it (same pass rules as above); boundaries from OSM (admin_level=6, "
                                + "cut at the map's edge) or the scenario's boundary file."))
                .build();
    }

    private Section causesSection(int level, Text heading) {
        Table.Builder t = Table.builder("causes", Text.of("延误时间构成", "Where the late time went"),
                Text.of("目标", "target"), Text.of("原因", "cause"), Text.of("占延误时间", "share of late time"),
                Text.of("该目标超时人数或数量（每次重复均值）", "late on this target, people or units (mean per replication)"));
        int rows = 0;
        for (Scorecard.Target target : data.scorecard().targets()) {
            for (Scorecard.Cause c : target.causes()) {
                if (c.share() < 0.0005) {
                    continue; // would print as 0.0 %: noise in a table people read
                }
                t.row(Cell.of(RunText.label(target)),
                        Cell.of(RunText.cause(c)),
                        Cell.percent(c.share(), 1),
                        Double.isNaN(target.lateMean()) ? Cell.of("–") : Cell.number(Math.round(target.lateMean()), 0));
                rows++;
            }
        }
        if (rows == 0) {
            return null;
        }
        return Section.builder(level, heading).add(t.build()).build();
    }

    private Section indicatorsSection(int level, Text heading) {
        Table.Builder t = Table.builder("indicators", Text.of("其他指标", "Indicators"),
                Text.of("指标", "indicator"), Text.of("单位", "unit"), Text.of("均值", "mean"),
                Text.of("95%置信区间下限", "95 % CI low"), Text.of("95%置信区间上限", "95 % CI high"));
        int rows = 0;
        for (Scorecard.Indicator ind : data.scorecard().indicators()) {
            // numbers in cells of their own, so that XLSX and CSV readers can compute with them
            int d = decimals(RunText.orEmpty(ind.unit()));
            t.row(Cell.of(RunText.text(ind.label(), ind.id())), Cell.of(RunText.unit(RunText.orEmpty(ind.unit()))),
                    numberCell(ind.mean(), d), numberCell(lowerLimit(ind), d), numberCell(ind.high(), d));
            rows++;
        }
        return rows == 0 ? null : Section.builder(level, heading).add(t.build()).build();
    }

    private static Cell numberCell(double v, int decimals) {
        return Double.isNaN(v) ? Cell.of("–") : Cell.number(v, decimals);
    }

    /** Decimals an indicator is shown with: whole people, trips and places; one decimal for percentages. */
    static int decimals(String unit) {
        return switch (unit) {
            case "people", "trips", "blockages", "reserves", "units", "teams", "vehicles", "count" -> 0;
            case "%" -> 1;
            default -> 2;
        };
    }

    private Section gapSection(int level, Text heading) {
        Section.Builder s = Section.builder(level, heading);
        JsonNode gap = data.gap();
        if (gap != null && gap.path("resources").isArray() && gap.path("resources").size() > 0) {
            gapTable(s, gap);
            return s.build();
        }
        s.paragraph(Text.of("本次推演尚未开展能力缺口分析。下表按各未达标或临界目标的主要延误原因给出需补强的资源方向；"
                        + "各类资源的最小补充量可通过能力缺口分析求得（方法见技术信息）。",
                "No capacity-gap analysis was run yet. The table points each target not met or at risk to the resource its main "
                        + "causes of delay call for; a capacity-gap analysis (see the technical details) finds the smallest additions."));
        Table.Builder t = Table.builder("gaps", Text.of("未达标与临界目标及需补强的资源", "Targets not met or at risk and what to strengthen"),
                Text.of("目标", "target"), Text.of("结果", "result"), Text.of("主要延误原因", "main causes of delay"),
                Text.of("需补强的资源", "resource to strengthen"));
        int rows = 0;
        for (Scorecard.Target target : data.scorecard().targets()) {
            Status st = RunText.status(target);
            if (st != Status.FAIL && st != Status.WARN) {
                continue;
            }
            t.row(Cell.of(RunText.label(target)),
                    Cell.of(RunText.value(target)).withStatus(st), Cell.of(RunText.causes(target, 3)),
                    Cell.of(resourceFor(RunText.firstCause(target), target.id())));
            rows++;
        }
        if (rows == 0) {
            s.paragraph(Text.of("所有可评分目标均已达标。", "Every scored target is met."));
        } else {
            s.add(t.build());
        }
        return s.build();
    }

    /** The quantified additions of {@code gap.json} (written by {@code drillsim gap}): one row per resource and target. */
    private void gapTable(Section.Builder s, JsonNode gap) {
        double confidence = RunText.number(gap.get("confidence"));
        s.paragraph(Text.of("以下为能力缺口分析（" + gap.path("replications").asText("?") + " 次重复）的结果：对每类资源，"
                        + "在现有力量基础上逐步增加，找出使各目标达标的最小补充量。",
                "Results of the capacity-gap analysis (" + gap.path("replications").asText("?") + " replications): for "
                        + "each resource, the smallest addition to the current means that meets each target."));
        Text rule = RunText.text(gap.path("rule"), "");
        if (!rule.isEmpty()) {
            s.note(rule);
        }
        // kind and unit per target id: the scorecard's, else gap.json's own target list
        Map<String, String[]> kindUnit = new java.util.HashMap<>();
        for (Scorecard.Target t : data.scorecard().targets()) {
            kindUnit.put(t.id(), new String[] {t.kind(), t.unit()});
        }
        for (JsonNode gt : gap.path("targets")) {
            kindUnit.putIfAbsent(gt.path("id").asText(), new String[] {gt.path("kind").isMissingNode() ? null : gt.path("kind").asText(),
                    gt.path("unit").asText("")});
        }
        Map<String, Text> labels = new java.util.HashMap<>();
        for (JsonNode gt : gap.path("targets")) {
            labels.put(gt.path("id").asText(), RunText.text(gt.path("label"), gt.path("id").asText()));
        }
        for (Scorecard.Target t : data.scorecard().targets()) {
            labels.putIfAbsent(t.id(), RunText.label(t));
        }
        Table.Builder t = Table.builder("gaps", Text.of("能力缺口与量化补充建议", "Capacity gaps and quantified additions"),
                Text.of("资源", "resource"), Text.of("目标", "target"), Text.of("结论", "finding"), Text.of("建议增加", "add"),
                Text.of("补充后结果（均值与置信区间）", "result after (mean, CI)"), Text.of("试算上限", "tried up to"));
        for (JsonNode r : gap.path("resources")) {
            Text resource = RunText.text(r.path("label"), r.path("id").asText());
            Text unit = RunText.text(r.path("unit"), "");
            for (JsonNode f : r.path("findings")) {
                String status = f.path("status").asText();
                Status st = switch (status) {
                    case "found" -> Status.PASS;
                    case "already-met" -> Status.NONE;
                    case "not-met-within-cap" -> Status.FAIL;
                    default -> Status.WARN;
                };
                Text add;
                if (f.hasNonNull("added")) {
                    add = RunText.text(f.path("added"), "");
                } else if (f.hasNonNull("amount") && status.equals("found")) {
                    String a = RunText.num(RunText.number(f.get("amount")), 2);
                    add = Text.of("+" + a + " " + unit.zh(), "+" + a + " " + unit.en());
                } else {
                    add = Text.same("–");
                }
                JsonNode at = f.path("at");
                String target = f.path("target").asText();
                String[] ku = kindUnit.getOrDefault(target, new String[] {null, ""});
                Text after = afterValue(at, ku[0], ku[1]);
                t.row(Cell.of(resource), Cell.of(labels.getOrDefault(target, Text.same(target))),
                        Cell.of(RunText.text(f.path("statusText"), status)).withStatus(st), Cell.of(add), Cell.of(after),
                        Cell.of(RunText.text(r.path("capText"), r.path("cap").asText(""))));
            }
        }
        s.add(t.build());
        StringBuilder absentZh = new StringBuilder();
        StringBuilder absentEn = new StringBuilder();
        for (JsonNode a : gap.path("absent")) {
            absentZh.append(absentZh.length() > 0 ? "、" : "").append(a.path("zh").asText());
            absentEn.append(absentEn.length() > 0 ? ", " : "").append(a.path("en").asText(a.path("zh").asText()));
        }
        if (absentZh.length() > 0) {
            s.note(Text.of("情景中没有以下资源，未作试算：" + absentZh, "Not in the scenario, so not tried: " + absentEn));
        }
        if (!Double.isNaN(confidence)) {
            s.note(Text.of("置信水平 " + RunText.pct(confidence), "confidence level " + RunText.pct(confidence)));
        }
    }

    /**
     * A gap finding's result after the addition: a share with its interval for a response-time target
     * ({@code 96.0% (95.1%–97.0%)}), a value with its unit for a capacity target ({@code 2.55 m²/人}).
     */
    static Text afterValue(JsonNode at, String kind, String unitId) {
        if (!at.path("scored").asBoolean(false)) {
            return Text.same("–");
        }
        double mean = RunText.number(at.get("mean"));
        double low = RunText.number(at.get("low"));
        double high = RunText.number(at.get("high"));
        if (kind == null || Scorecard.RESPONSE_TIME.equals(kind)) {
            String s = RunText.pct(mean) + " (" + RunText.pct(Verdict.clipShare(low)) + "–" + RunText.pct(Verdict.clipShare(high)) + ")";
            return Text.same(s);
        }
        Text unit = RunText.unit(RunText.orEmpty(unitId));
        String m = RunText.num(mean, 2);
        String ci = low == high || Double.isNaN(low) ? "" : " (" + RunText.num(low, 2) + "–" + RunText.num(high, 2) + ")";
        return Text.of(m + " " + unit.zh() + ci, m + " " + unit.en() + ci);
    }

    /** The resource a cause of delay points to. */
    static Text resourceFor(String cause, String targetId) {
        return switch (cause) {
            case "waiting-for-unit" -> targetId.startsWith("medical")
                    ? Text.of("救护车、医疗队数量或驻点", "ambulances, medical teams or their bases")
                    : Text.of("救援队伍数量", "response teams");
            case "waiting-for-vehicle" -> Text.of("运输车辆（客车、货车）", "transport vehicles (buses, trucks)");
            case "waiting-for-crew" -> targetId.startsWith("road")
                    ? Text.of("道路抢修队伍数量或驻点", "road-repair crews or their bases")
                    : Text.of("救援队伍（抢修、水上救援、森林消防）数量或驻点", "rescue teams and crews (road repair, boats, forest fire) or their bases");
            case "travel" -> Text.of("力量前置部署、新增驻点或储备库", "pre-positioning, new bases or depots");
            case "cut-off" -> Text.of("道路抢通力量、直升机或水上救援", "road-repair crews, helicopters or boats");
            case "hospital-full" -> Text.of("医院床位与应急扩容", "hospital beds and surge capacity");
            case "shelter-full" -> Text.of("避难场所容量", "shelter capacity");
            case "shelter-opening" -> Text.of("避难场所开设速度（预置、值守）", "shelter opening time (preparation, staffing)");
            case "stock-out" -> Text.of("物资储备量与协议储备", "stock levels and agreement reserves");
            case "alert" -> Text.of("预警与响应启动时间", "alerting and activation time");
            case "hazard" -> Text.of("灾害处置力量（排涝、灭火、堵漏）：灾害未消除时道路无法抢通", "hazard control (pumping, firefighting, sealing): roads cannot reopen while it lasts");
            case "handling", "work" -> Text.of("现场处置与装卸效率", "on-site handling and work rates");
            // a capacity target has no delay cause: its resource follows from the target
            default -> switch (targetId) {
                case "relief-level2" -> Text.of("救灾物资储备（食品、饮用水、棉被、帐篷）与协议储备", "relief stocks (food, water, quilts, tents) and agreement reserves");
                case "grain-15d" -> Text.of("成品粮油储备", "grain and oil reserves");
                case "medical-stock-30d" -> Text.of("医用物资储备", "medical supply reserves");
                case "shelter-area" -> Text.of("应急避难场所面积", "shelter area");
                case "aviation-80km" -> Text.of("航空救援基地布局", "aviation rescue bases");
                case "forest-team-50", "county-team-30", "subdistrict-team-300" -> Text.of("救援队伍编制人数", "team headcounts");
                default -> Text.of("需结合事件日志分析", "see the event log");
            };
        };
    }

    private Section mapSection(int level, Text heading, boolean withProposedSites) {
        RunData.MapLayers map = data.map();
        if (map.isEmpty()) {
            return null;
        }
        Section.Builder s = Section.builder(level, heading);
        Double hour = RunFigures.worstHour(map);
        Drawing drawing = RunFigures.situationMap(data, hour, withProposedSites);
        if (drawing == null) {
            return null;
        }
        Text caption = hour == null ? Text.of("图3 设施与未满足需求分布", "Figure 3 Facilities and unmet demand")
                : Text.of("图3 灾害影响范围最大时（T+" + RunText.num(hour, 2) + " 小时）的态势：灾害范围、封闭道路、设施与未满足需求",
                "Figure 3 Situation when the hazard is largest (T+" + RunText.num(hour, 2) + " h): hazard, closed roads, facilities, unmet demand");
        s.add(new Figure(caption, drawing));
        if (withProposedSites) {
            if (map.proposedSites().isEmpty()) {
                s.paragraph(Text.of("本次推演尚未开展选址分析；新增物资储备库、避难场所或急救站点的建议位置可通过选址分析求得（方法见技术信息）。",
                        "No siting study was run yet; a siting study (see the technical details) proposes places for new depots, "
                                + "shelters or ambulance bases."));
            } else {
                // drillsim site writes the proposed sites and, for comparison, the existing ones of the same kind
                Table.Builder t = Table.builder("sites", Text.of("建议新增选址（及现有同类设施）", "Proposed sites (and existing ones of the kind)"),
                        Text.of("名称", "name"), Text.of("类型", "kind"), Text.of("状态", "status"), Text.of("经度", "longitude"),
                        Text.of("纬度", "latitude"), Text.of("服务需求", "demand served"), Text.of("新增内容", "brings"))
                        .weights(3, 1.6, 1, 1.1, 1.1, 1.1, 2);
                List<GeoFeature> ordered = new ArrayList<>(RunFigures.proposed(map.proposedSites()));
                ordered.addAll(RunFigures.existing(map.proposedSites()));
                for (GeoFeature f : ordered) {
                    if (f.geometry() instanceof org.drillsim.runformat.geo.GeoGeometry.Point p) {
                        Map<String, Object> pr = f.properties();
                        Object kind = pr.getOrDefault("facilityKind", pr.getOrDefault("kind", ""));
                        boolean proposed = RunFigures.isProposed(f);
                        Object served = pr.get("served");
                        Object bringsZh = pr.get("brings_zh");
                        Object bringsEn = pr.getOrDefault("brings_en", bringsZh);
                        t.row(Cell.of(RunFigures.name(f)), Cell.of(siteKind(String.valueOf(kind))),
                                Cell.of(proposed ? Text.of("新增", "new") : Text.of("现有（保留）", "existing (kept)")),
                                Cell.number(p.at().lon(), 5), Cell.number(p.at().lat(), 5),
                                served instanceof Number n ? Cell.number(n.doubleValue(), 0) : Cell.of("–"),
                                Cell.of(bringsZh == null ? Text.same("–") : Text.of(bringsZh.toString(), String.valueOf(bringsEn))));
                    }
                }
                s.add(t.build());
            }
        }
        String attribution = RunText.orEmpty(data.run().attribution());
        if (!attribution.isEmpty()) {
            s.note(Text.of("地图数据 " + attribution, "Map data " + attribution));
        }
        return s.build();
    }

    /** A siting facility kind ({@code drillsim site --kind}) in words. */
    static Text siteKind(String kind) {
        return switch (kind) {
            case "ambulance-base" -> Text.of("急救站点（救护车驻点）", "ambulance base");
            case "depot" -> Text.of("物资储备库", "relief depot");
            case "shelter" -> Text.of("应急避难场所", "shelter");
            default -> Text.same(kind);
        };
    }

    private Section actionsSection(int level, Text heading) {
        Section.Builder s = Section.builder(level, heading);
        s.paragraph(Text.of("整改事项根据评分结果生成，责任部门为建议，请结合本地职责分工确认并填写完成时限与状态。",
                "The items follow from the scorecard; the departments are suggestions: confirm them against local responsibilities "
                        + "and fill in the deadline and status."));
        Table.Builder t = Table.builder("actions", Text.of("整改措施表", "Corrective actions"),
                Text.of("序号", "no."), Text.of("整改事项", "item"), Text.of("责任部门（建议）", "responsible department (suggested)"),
                Text.of("完成时限", "deadline"), Text.of("状态", "status")).weights(0.6, 6, 2.4, 1.3, 1.1);
        int n = 0;
        for (CorrectiveActions.Item item : CorrectiveActions.of(data.scorecard())) {
            n++;
            t.row(Cell.number(n, 0), Cell.of(item.text()), Cell.of(item.department()), Cell.EMPTY,
                    Cell.of(Text.of("待整改", "open")));
        }
        if (n == 0) {
            n++;
            t.row(Cell.number(n, 0), Cell.of(Text.of("各项目标均已达标：保持现有预案，按演练计划定期复核。",
                    "Every target is met: keep the plan and review it at the next scheduled drill.")), Cell.EMPTY, Cell.EMPTY, Cell.EMPTY);
        }
        for (int i = 0; i < 3; i++) {
            t.row(Cell.number(++n, 0), Cell.EMPTY, Cell.EMPTY, Cell.EMPTY, Cell.EMPTY);
        }
        s.add(t.build());
        return s.build();
    }

    /** The department usually responsible for a target, as a suggestion. */
    static Text department(String targetId) {
        if (targetId.startsWith("medical")) {
            return Text.of("卫生健康部门", "health commission");
        }
        if (targetId.startsWith("living") || targetId.startsWith("supplies") || targetId.startsWith("shelter")
                || targetId.startsWith("relief") || targetId.startsWith("grain")) {
            return Text.of("应急管理部门、粮食和物资储备部门", "emergency management; grain and reserves bureau");
        }
        if (targetId.startsWith("road")) {
            return Text.of("交通运输部门", "transport bureau");
        }
        if (targetId.startsWith("forest")) {
            return Text.of("林业和草原部门、消防救援机构", "forestry bureau; fire and rescue");
        }
        if (targetId.startsWith("comms")) {
            return Text.of("通信管理部门", "communications administration");
        }
        return Text.of("应急管理部门", "emergency management bureau");
    }

    private void appendix(ReportDocument.Builder b) {
        b.section(Section.builder(1, Text.of("附录", "Appendix")).paragraph(Text.of(
                "附表为各次重复仿真的结果、随时间变化的数据和事件统计，便于复核。",
                "The appendix tables hold the per-replication results, the time series and the event counts, for checking.")).build());
        List<Scorecard.Target> targets = data.scorecard().targets();
        int reps = 0;
        for (Scorecard.Target t : targets) {
            reps = Math.max(reps, t.perReplication().size());
        }
        if (reps > 0) {
            List<Text> header = new ArrayList<>();
            header.add(Text.of("重复", "replication"));
            for (Scorecard.Target t : targets) {
                header.add(RunText.label(t));
            }
            List<List<Cell>> rows = new ArrayList<>();
            for (int r = 0; r < reps; r++) {
                List<Cell> row = new ArrayList<>();
                row.add(Cell.number(r + 1, 0));
                for (Scorecard.Target t : targets) {
                    double v = r < t.perReplication().size() ? t.perReplication().get(r) : Double.NaN;
                    row.add(Double.isNaN(v) ? Cell.of("–") : t.isResponseTime() ? Cell.percent(v, 1) : Cell.number(v, 2));
                }
                rows.add(row);
            }
            b.section(Section.builder(2, Text.of("附表1 各次重复的目标结果", "Table A1 Result per replication"))
                    .add(new Table("per-replication", Text.of("各次重复的目标结果", "Result per replication"), header, rows)).build());
        }
        if (data.timeseries() != null && data.timeseries().indexOf("time_h") >= 0) {
            b.section(Section.builder(2, Text.of("附表2 随时间变化（均值）", "Table A2 Over time (mean)"))
                    .add(sampledSeries(data.timeseries(), targetLabels())).build());
        }
        RunData.EventDigest ev = data.events();
        if (ev.total() > 0) {
            Table.Builder t = Table.builder("event-counts", Text.of("事件类型统计（第 " + eventsReplication() + " 次重复）",
                    "Events by type (replication " + eventsReplication() + ")"),
                    Text.of("事件类型", "event type"), Text.of("数量", "count"));
            ev.counts().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> t.row(Cell.of(RunText.eventTypeCounted(e.getKey())), Cell.number(e.getValue(), 0)));
            t.row(Cell.of(Text.of("合计", "total")), Cell.number(ev.total(), 0));
            b.section(Section.builder(2, Text.of("附表3 事件统计", "Table A3 Event counts")).add(t.build()).build());
        }
    }

    /** The time series at whole hours, thinned to at most ~50 rows and the columns people read first. */
    private static Table sampledSeries(CsvTable ts, Map<String, Text> targets) {
        int timeCol = ts.indexOf("time_h");
        List<Integer> cols = new ArrayList<>();
        cols.add(timeCol);
        for (int c = 0; c < ts.header().size(); c++) {
            String h = ts.header().get(c);
            if (c != timeCol && !allZero(ts, c) && (h.endsWith(".started") || h.endsWith(".served") || h.startsWith("medical.") || h.endsWith(".busy")
                    || h.startsWith("living.") || h.startsWith("relief."))) {
                cols.add(c);
            }
            if (cols.size() >= 10) { // more columns do not fit an A4 page
                break;
            }
        }
        double[] times = ts.numbers("time_h");
        double last = times.length == 0 ? 0 : times[times.length - 1];
        double step = Math.max(1, Math.ceil(last / 48));
        List<Text> header = new ArrayList<>();
        for (int c : cols) {
            header.add(c == timeCol ? Text.of("时间（小时）", "time (h)") : seriesName(ts.header().get(c), targets));
        }
        List<List<Cell>> rows = new ArrayList<>();
        double next = 0;
        for (int r = 0; r < ts.rows().size(); r++) {
            if (times[r] + 1e-9 < next && r != ts.rows().size() - 1) {
                continue;
            }
            next = times[r] + step;
            List<Cell> row = new ArrayList<>();
            for (int c : cols) {
                String v = ts.rows().get(r).get(c);
                double d = parse(v);
                // means of whole people: a decimal only while the numbers are small
                row.add(Double.isNaN(d) ? Cell.of(v) : Cell.number(d, c == timeCol ? 2 : Math.abs(d) >= 100 ? 0 : 1));
            }
            rows.add(row);
        }
        return new Table("timeseries", Text.of("随时间变化（均值）", "Over time (mean)"), header, rows);
    }

    /** The scorecard's target labels by id. */
    private int eventsReplication() {
        return data.run().eventsReplication() > 0 ? data.run().eventsReplication() : 1;
    }

    private Map<String, Text> targetLabels() {
        Map<String, Text> labels = new java.util.HashMap<>();
        for (Scorecard.Target t : data.scorecard().targets()) {
            labels.put(t.id(), RunText.label(t));
        }
        return labels;
    }

    /** A target's short name for narrow places (column heads), e.g. medical-2h → 2小时医疗救治. */
    static Text shortTargetName(String id, Text label) {
        String hours = id.replaceAll("^.*-(\\d+h)$", "$1");
        String h = hours.equals(id) ? "" : hours.replace("h", "");
        Text kind = switch (id.replaceAll("-\\d+h$", "")) {
            case "medical" -> Text.of("医疗救治", "medical");
            case "living" -> Text.of("生活救助", "living needs");
            case "supplies" -> Text.of("物资到位", "supplies");
            case "road" -> Text.of("道路抢通", "roads");
            case "forestfire" -> Text.of("林火扑灭", "forest fire");
            case "comms" -> Text.of("通信保障", "communications");
            default -> null;
        };
        if (kind == null) {
            return label;
        }
        return h.isEmpty() ? kind : Text.of(h + "小时" + kind.zh(), kind.en() + " " + h + " h");
    }

    /** A time-series column in words, e.g. {@code medical-2h.started} → 重大灾害事故2小时紧急医学救援：计时开始（人）. */
    static Text seriesName(String column, Map<String, Text> targets) {
        int dot = column.lastIndexOf('.');
        if (dot > 0 && targets.containsKey(column.substring(0, dot))) {
            // the short name: the full target label is too long for a column head
            Text label = shortTargetName(column.substring(0, dot), targets.get(column.substring(0, dot)));
            return switch (column.substring(dot + 1)) {
                case "started" -> Text.of(label.zh() + "：开始", label.en() + ": started");
                case "served" -> Text.of(label.zh() + "：完成", label.en() + ": served");
                default -> Text.same(column);
            };
        }
        if (column.startsWith("units.") && dot > 6) {
            Text kind = RunText.unitType(column.substring(6, dot));
            return switch (column.substring(dot + 1)) {
                case "busy" -> Text.of(kind.zh() + "：执行任务", kind.en() + ": busy");
                case "total" -> Text.of(kind.zh() + "：总数", kind.en() + ": total");
                default -> Text.same(column);
            };
        }
        return switch (column) {
            case "medical.injured" -> Text.of("受伤人数", "injured");
            case "medical.treated" -> Text.of("已救治", "treated");
            case "medical.waiting" -> Text.of("等待救治", "waiting for treatment");
            case "medical.preventableDeaths" -> Text.of("可避免死亡", "preventable deaths");
            case "medical.beds.used" -> Text.of("占用床位", "beds used");
            case "medical.beds.capacity" -> Text.of("床位总数", "bed capacity");
            default -> Text.same(column);
        };
    }

    /** A column that stays 0 throughout (e.g. a target the run could not score) tells the reader nothing. */
    private static boolean allZero(CsvTable ts, int column) {
        for (List<String> row : ts.rows()) {
            if (parse(row.get(column)) != 0) {
                return false;
            }
        }
        return true;
    }

    private static double parse(String s) {
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private void geoLayers(ReportDocument.Builder b) {
        RunData.MapLayers map = data.map();
        Double hour = RunFigures.worstHour(map);
        if (hour != null) {
            b.geoLayer(new GeoLayer("hazard", Text.of("灾害范围（T+" + RunText.num(hour, 2) + " 小时）", "hazard (T+" + RunText.num(hour, 2) + " h)"),
                    map.hazardByHour().get(hour)));
            List<GeoFeature> closed = map.closedByHour().getOrDefault(hour, List.of());
            if (!closed.isEmpty()) {
                b.geoLayer(new GeoLayer("cut-off-roads", Text.of("封闭/阻断道路", "closed roads"), closed));
            }
        }
        if (!map.facilities().isEmpty()) {
            b.geoLayer(new GeoLayer("facilities", Text.of("设施", "facilities"), map.facilities()));
        }
        if (!map.proposedSites().isEmpty()) {
            List<GeoFeature> proposed = RunFigures.proposed(map.proposedSites());
            List<GeoFeature> existing = RunFigures.existing(map.proposedSites());
            if (!proposed.isEmpty()) {
                b.geoLayer(new GeoLayer("proposed-sites", Text.of("建议新增选址", "proposed sites"), proposed));
            }
            if (!existing.isEmpty()) {
                b.geoLayer(new GeoLayer("existing-sites", Text.of("现有同类设施（选址时保留）", "existing sites of the kind (kept)"), existing));
            }
        }
        if (!map.unmetDemand().isEmpty()) {
            b.geoLayer(new GeoLayer("unmet-demand", Text.of("未满足需求", "unmet demand"), map.unmetDemand()));
        }
    }
}
