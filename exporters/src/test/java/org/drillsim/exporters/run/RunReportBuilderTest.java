package org.drillsim.exporters.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.drillsim.exporters.HtmlWriter;
import org.drillsim.exporters.ReportFormat;
import org.drillsim.exporters.doc.Cell;
import org.drillsim.exporters.text.Language;
import org.drillsim.exporters.doc.ReportDocument;
import org.drillsim.exporters.doc.Section;
import org.drillsim.exporters.text.Status;
import org.drillsim.exporters.doc.Table;
import org.drillsim.exporters.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunReportBuilderTest {

    static Path fixture() throws URISyntaxException {
        return Path.of(RunReportBuilderTest.class.getResource("/run-dir/run.json").toURI()).getParent();
    }

    private static ReportDocument plan() throws Exception {
        return RunReportBuilder.of(fixture()).planRevisionReport();
    }

    private static Table table(ReportDocument doc, String id) {
        return doc.tables().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no table " + id));
    }

    @Test
    void planRevisionReportHasEverySectionInOrder() throws Exception {
        List<String> chapters = plan().sections().stream().filter(s -> s.level() == 1).map(s -> s.heading().zh()).toList();
        assertEquals(List.of("一、总体评价", "二、情景与假设", "三、关键事件、注入与决策", "四、目标评分", "五、能力缺口与补充建议",
                "六、选址建议与态势图", "七、整改措施", "附录"), chapters);
    }

    @Test
    void scorecardCarriesValuesVerdictsAndSourceClauses() throws Exception {
        Table t = table(plan(), "scorecard");
        assertEquals(4, t.rows().size());
        List<Cell> medical = t.rows().get(0);
        assertEquals("2小时紧急医学救援", medical.get(0).in(Language.ZH));
        assertEquals("≤ 2 小时，要求 ≥ 95.0%", medical.get(1).in(Language.ZH));
        assertEquals("80.0%（75.0%–85.0%）", medical.get(2).in(Language.ZH));
        assertEquals(Status.FAIL, medical.get(4).status());
        assertEquals("000《环翠区应急管理规划》§二(五)：“重大灾害事故实现2小时紧急医学救援”", medical.get(5).in(Language.ZH));
        // 93 % misses 95 %, but the upper confidence limit 96 % reaches it: a warning, not a plain fail
        assertEquals(Status.WARN, t.rows().get(1).get(4).status());
        assertEquals(Status.PASS, t.rows().get(2).get(4).status());
        assertEquals("≥ 2.5 m²/人", t.rows().get(2).get(1).in(Language.ZH));
        assertEquals("not scored", t.rows().get(3).get(2).in(Language.EN));
    }

    @Test
    void timelineKeepsDecisionsAndInjectsButNotRoutineDispatches() throws Exception {
        Table t = table(plan(), "timeline");
        List<String> kinds = t.rows().stream().map(r -> r.get(1).in(Language.EN)).toList();
        assertEquals(List.of("simulation start", "inject", "decision", "decision", "decision", "decision", "first hospital full",
                "first preventable death", "end of simulation"), kinds);
        // bursts get one line with their count; facility ids carry their names, keys are in words in Chinese
        assertEquals("hospital=Hospital No. 1, beds=40 (2 in this run)", t.rows().get(6).get(3).in(Language.EN));
        assertEquals("医院=医大一院，床位=40（本次共 2 次）", t.rows().get(6).get(3).in(Language.ZH));
        // so do the plan's own repeated commands (one per zone), but each trainee decision keeps its line
        // a zone id (cell-1) has no name a reader knows: left out
        assertEquals("组织转移：避难场所=体育场 <script>（本次共 3 次）", t.rows().get(4).get(3).in(Language.ZH));
        assertEquals("evacuation（转移组 李四）", t.rows().get(5).get(2).in(Language.ZH));
        assertEquals("预案（自动执行）", t.rows().get(4).get(2).in(Language.ZH));
        assertEquals("evacuate zone: shelter=Stadium", t.rows().get(5).get(3).in(Language.EN));
        assertEquals("导调（情景脚本）", t.rows().get(1).get(2).in(Language.ZH));
        assertEquals("北岸堤防出现管涌 <b>紧急</b>", t.rows().get(1).get(3).in(Language.ZH));
        assertEquals("Piping at the north-bank levee <b>urgent</b>", t.rows().get(1).get(3).in(Language.EN));
        List<Cell> rejected = t.rows().get(3);
        assertEquals("交通保障组（交通组 张三）", rejected.get(2).in(Language.ZH));
        // the reason in the report's language only, the place in words
        assertEquals("封闭道路（被拒绝：找不到道路）：位置=北纬 45.8，东经 126.6，半径（米）=30", rejected.get(3).in(Language.ZH));
        assertEquals("close road (rejected: no road near): near=45.8 N, 126.6 E, radius (m)=30", rejected.get(3).in(Language.EN));
        assertEquals(Status.WARN, rejected.get(3).status());
    }

    @Test
    void assumptionsSpeakTheReadersLanguageNotTheFileFormats() throws Exception {
        ReportDocument doc = plan();
        Table clocks = table(doc, "assumptions");
        assertEquals("受伤", clocks.rows().get(0).get(1).in(Language.ZH));
        assertEquals("首次得到医疗救治", clocks.rows().get(0).get(2).in(Language.ZH));
        assertEquals("有住处、饮用水和食物", clocks.rows().get(1).get(2).in(Language.ZH));
        String text = new HtmlWriter().render(doc, Language.ZH);
        assertTrue(text.contains("救护车 4、医疗队 2"), "unit kinds in words");
        assertTrue(text.contains("400 个节点 / 1,500 条路段"), "road network size in Chinese");
        assertTrue(text.contains("50,000"), "population with thousands separators");
        assertTrue(text.contains("3.1 m²/人"), "a capacity value carries its unit");
    }

    @Test
    void countIntervalsDoNotGoBelowZero() throws Exception {
        // preventable deaths 3.2 ± 3.6: the Student-t interval starts at −0.4, but a count cannot
        Table t = table(plan(), "indicators");
        assertEquals(0.0, t.rows().get(0).get(3).number());
        assertEquals(6.8, t.rows().get(0).get(4).number(), 1e-9);
        String summary = new HtmlWriter().render(plan(), Language.ZH);
        assertTrue(summary.contains("3.2（95% 置信区间 0 – 6.8）"), "summary shows the cut interval");
        assertFalse(summary.contains("-0.4"));
    }

    @Test
    void proposedSitesAreToldApartFromTheExistingOnesSiteWritesBesideThem(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("run");
        try (var files = Files.walk(fixture())) {
            for (Path f : files.toList()) {
                Path to = dir.resolve(fixture().relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        }
        Files.writeString(dir.resolve("sites.geojson"), """
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","geometry":{"type":"Point","coordinates":[126.64,45.77]},
                  "properties":{"role":"existing","id":"hosp-a","facilityKind":"ambulance-base","name_zh":"现有医院","name_en":"Old hospital"}},
                 {"type":"Feature","geometry":{"type":"Point","coordinates":[126.6,45.75]},
                  "properties":{"role":"proposed","id":"new-1","facilityKind":"ambulance-base","name_zh":"新站","name_en":"New base",
                   "served":512.9463219308469,"brings_zh":"新增救护车 2 辆","brings_en":"2 new ambulances"}}]}
                """);
        ReportDocument doc = RunReportBuilder.of(dir).planRevisionReport();
        Table t = table(doc, "sites");
        assertEquals(2, t.rows().size());
        List<Cell> first = t.rows().get(0);
        assertEquals("新站", first.get(0).in(Language.ZH));
        assertEquals("急救站点（救护车驻点）", first.get(1).in(Language.ZH));
        assertEquals("新增", first.get(2).in(Language.ZH));
        assertEquals(513.0, first.get(5).number(), 0.5);
        assertEquals("2 new ambulances", first.get(6).in(Language.EN));
        assertEquals("现有（保留）", t.rows().get(1).get(2).in(Language.ZH));
        // GIS layers: the proposed-sites layer holds only the new site
        assertEquals(List.of("new-1"), doc.geoLayers().stream().filter(l -> l.id().equals("proposed-sites"))
                .flatMap(l -> l.features().stream()).map(f -> String.valueOf(f.properties().get("id"))).toList());
        assertEquals(1, doc.geoLayers().stream().filter(l -> l.id().equals("existing-sites")).count());
    }

    @Test
    void timeSeriesColumnsHaveShortHeadsInWords() {
        assertEquals("2小时医疗救治：开始", RunReportBuilder.seriesName("medical-2h.started", Map.of("medical-2h", Text.same("x"))).zh());
        assertEquals("living needs 12 h: served",
                RunReportBuilder.seriesName("living-12h.served", Map.of("living-12h", Text.same("x"))).en());
        assertEquals("医疗队：执行任务", RunReportBuilder.seriesName("units.medical-team.busy", Map.of()).zh());
        assertEquals("自定义目标：开始", RunReportBuilder.seriesName("custom.started", Map.of("custom", Text.same("自定义目标"))).zh());
    }

    @Test
    void causesThatWouldPrintAsZeroAreLeftOut() throws Exception {
        Table t = table(plan(), "causes");
        List<String> causes = t.rows().stream().map(r -> r.get(1).in(Language.EN)).toList();
        assertEquals(List.of("waiting for a free ambulance or team", "travel", "shelter full"), causes);
    }

    @Test
    void waitingForACrewPointsToCrewsNotAmbulances() {
        assertEquals("道路抢修队伍数量或驻点", RunReportBuilder.resourceFor("waiting-for-crew", "road-24h").zh());
        assertEquals("救护车、医疗队数量或驻点", RunReportBuilder.resourceFor("waiting-for-unit", "medical-2h").zh());
    }

    @Test
    void gapResultAfterAnAdditionKeepsTheTargetsUnit() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        var at = json.readTree("{\"scored\":true,\"mean\":2.55,\"low\":2.55,\"high\":2.55}");
        assertEquals("2.55 m²/人", RunReportBuilder.afterValue(at, "capacity", "m2/person").zh());
        var share = json.readTree("{\"scored\":true,\"mean\":0.96,\"low\":0.951,\"high\":1.02}");
        assertEquals("96.0% (95.1%–100.0%)", RunReportBuilder.afterValue(share, "response-time", "h").zh());
    }

    @Test
    void correctiveActionsFollowTheMissedTargets() throws Exception {
        Table t = table(plan(), "actions");
        assertEquals(List.of("no.", "item", "responsible department (suggested)", "deadline", "status"),
                t.header().stream().map(h -> h.en()).toList());
        // two missed/borderline targets, then three blank rows to fill in
        assertEquals(5, t.rows().size());
        String first = t.rows().get(0).get(1).in(Language.ZH);
        assertTrue(first.startsWith("“2小时紧急医学救援”未达标（80.0%（75.0%–85.0%）"), first);
        assertTrue(first.contains("等待空闲救护车或队伍 60.0%"));
        assertTrue(first.contains("救护车、医疗队数量或驻点"));
        assertEquals("卫生健康部门", t.rows().get(0).get(2).in(Language.ZH));
        assertTrue(t.rows().get(1).get(1).in(Language.ZH).contains("”临界（"), t.rows().get(1).get(1).in(Language.ZH));
        assertEquals("", t.rows().get(4).get(1).in(Language.ZH));
    }

    @Test
    void figuresAndGeoLayersComeFromTheRunDirectory() throws Exception {
        ReportDocument doc = plan();
        assertEquals(3, doc.figures().size(), "served chart, share bars, situation map");
        assertEquals(List.of("hazard", "cut-off-roads", "facilities", "unmet-demand"), doc.geoLayers().stream().map(l -> l.id()).toList());
        // the 12 h footprint is the larger one
        assertEquals(2, doc.geoLayers().get(0).features().size());
        String svg = new HtmlWriter().render(doc, Language.ZH);
        assertTrue(svg.contains(">淹没水深 ≥ 1 m</text>"), "hazard legend from intensity and unit");
        assertTrue(svg.contains(">2小时</text>") && svg.contains(">12小时</text>"), "deadline lines on the served chart");
        assertFalse(svg.contains("<script>"), "scenario text is escaped");
        Table perRep = table(doc, "per-replication");
        assertEquals(3, perRep.rows().size());
        assertEquals("84.0%", perRep.rows().get(2).get(1).in(Language.ZH));
        assertEquals("–", perRep.rows().get(0).get(4).in(Language.ZH));
    }

    @Test
    void runReportAndItsHtmlFiles(@TempDir Path dir) throws Exception {
        copy(fixture(), dir);
        Path zh = RunReportBuilder.writeRunReports(dir);
        assertEquals(dir.resolve("report.html"), zh);
        String html = Files.readString(zh);
        assertTrue(html.contains("<h1>推演结果报告</h1>"));
        assertTrue(html.contains("<svg"));
        assertTrue(Files.readString(dir.resolve("report-en.html")).contains("<h1>Simulation run report</h1>"));
        ReportDocument run = RunReportBuilder.of(dir).runReport();
        assertNotNull(run.tables().stream().filter(t -> t.id().equals("causes")).findFirst().orElse(null));
    }

    @Test
    void everyExportFormatWritesTheRevisionReport() throws Exception {
        Path out = Path.of("target", "rendered", "run-report");
        Files.createDirectories(out);
        ReportDocument doc = plan();
        for (ReportFormat f : ReportFormat.values()) {
            for (Language lang : Language.values()) {
                Path target = out.resolve("plan-revision-" + lang.name().toLowerCase() + "." + f.extension());
                for (Path p : f.write(doc, lang, target)) {
                    assertTrue(Files.size(p) > 50, p.toString());
                }
            }
        }
    }

    @Test
    void notARunDirectoryIsSaidPlainly(@TempDir Path dir) {
        IOException e = assertThrows(IOException.class, () -> RunReportBuilder.of(dir));
        assertTrue(e.getMessage().contains("no manifest.json"), e.getMessage());
    }

    @Test
    void incompleteOrAlteredRunDirectoryIsRefusedNamingTheFile(@TempDir Path dir) throws Exception {
        copy(fixture(), dir);
        RunReportBuilder.of(dir); // the fixture is complete
        Path hazard = dir.resolve("map/hazard-6h.geojson");
        byte[] original = Files.readAllBytes(hazard);
        byte[] flipped = original.clone();
        flipped[flipped.length / 2] ^= 1;
        Files.write(hazard, flipped);
        IOException altered = assertThrows(IOException.class, () -> RunReportBuilder.of(dir));
        assertTrue(altered.getMessage().contains("altered run directory: map/hazard-6h.geojson SHA-256 checksum differs"),
                altered.getMessage());
        Files.delete(hazard); // as a run killed before writing its map layers would leave it
        IOException missing = assertThrows(IOException.class, () -> RunReportBuilder.of(dir));
        assertTrue(missing.getMessage().contains("missing file map/hazard-6h.geojson"), missing.getMessage());
    }

    @Test
    void sectionsHaveNoEmptyHeadings() throws Exception {
        for (Section s : plan().sections()) {
            assertFalse(s.heading().zh().isBlank());
            assertFalse(s.heading().en().isBlank());
        }
    }

    static void copy(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
