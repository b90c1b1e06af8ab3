package org.drillsim.cli;

import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.drillsim.format.io.ScenarioLoader;
import org.drillsim.format.model.Scenario;
import org.drillsim.format.model.Shelter;
import org.drillsim.inventory.ChinaCoordinates;
import org.drillsim.runformat.RunFiles;
import org.drillsim.runformat.Scorecard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13's done-when, end to end: the template, filled with ten shelters, five teams and two depots whose
 * positions (WGS-84 points in 松北区, north of the Songhua) are written in GCJ-02, imports with {@code --district
 * 松北区}, runs on Harbin with per-district scores, and the report cites the scenario's own plan.
 */
class BureauDrillTest {
    /** WGS-84 lon, lat of the ten shelters; all north of the river in Songbei. */
    static final double[][] SHELTERS = {
            {126.515, 45.805}, {126.525, 45.815}, {126.535, 45.822}, {126.545, 45.810}, {126.555, 45.825},
            {126.565, 45.815}, {126.575, 45.822}, {126.585, 45.826}, {126.520, 45.826}, {126.550, 45.828}};
    static final double[] AREAS = {18000, 60000, 35000, 15000, 40000, 9000, 80000, 6000, 14000, 50000};

    @Test
    void filledTemplateImportsAndRunsWithSongbeiScoresAndCitesItsOwnPlan(@TempDir Path dir) throws Exception {
        Path template = dir.resolve("资源清单模板.xlsx");
        assertEquals(0, ImportCommandTest.run("--template", template.toString()).exit());
        Path filled = dir.resolve("松北区资源清单.xlsx");
        fill(template, filled);
        Path yaml = dir.resolve("songbei-drill.yaml");
        ImportCommandTest.Result imp = ImportCommandTest.run(filled.toString(), "--crs", "gcj02", "--scenario",
                "harbin-songhua-flood", "--district", "松北区", "--out", yaml.toString());
        assertEquals(0, imp.exit(), imp.err());
        Scenario s = ScenarioLoader.load(yaml);
        assertEquals("松北区", s.scoring().district());
        assertEquals(10, s.facilities().shelters().items().size());
        assertEquals(5, s.teams().size());
        assertEquals(2, s.facilities().depots().size());
        for (int i = 0; i < SHELTERS.length; i++) {
            Shelter sh = s.facilities().shelters().items().get(i);
            assertEquals(SHELTERS[i][0], sh.location().lon(), 2e-6, "GCJ-02 back to WGS-84, row " + (i + 1));
            assertEquals(SHELTERS[i][1], sh.location().lat(), 2e-6);
        }

        Path run = dir.resolve("run");
        RunCommandTest.Result r = RunCommandTest.run(yaml.toString(), "-n", "1", "--seed", "7", "--out", run.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("评分范围 / scored for: 松北区"), r.out());
        assertTrue(r.out().contains("分区县 / by district"), r.out());

        Scorecard card = RunFiles.readScorecard(run.resolve(RunFiles.SCORECARD));
        assertEquals("松北区", card.scope());
        assertEquals(List.of("道里区", "道外区", "南岗区", "松北区", "香坊区"),
                card.districts().stream().map(Scorecard.District::name).toList());
        Scorecard.District songbei = card.district("松北区");
        assertTrue(songbei.peopleMean() > 100_000, "Songbei residents: " + songbei.peopleMean());
        // every shelter stands in Songbei, so its area per resident is all 327 000 m² over Songbei's residents
        double area = 0;
        for (double a : AREAS) {
            area += a;
        }
        assertEquals(area / songbei.peopleMean(), card.target("shelter-area").value().mean(), 1e-6, "scorecard.json keeps 6 digits");
        int k = card.targets().indexOf(card.target("shelter-area"));
        assertEquals(card.target("shelter-area").value().mean(), songbei.targets().get(k).value().mean(), 0);
        assertEquals(0, card.district("南岗区").targets().get(k).value().mean(), 0, "no shelter of the list in 南岗区");

        Scorecard.Target med = card.target("medical-2h");
        assertEquals("scenario-plan", med.source().kind());
        assertEquals("演练示例-2026-1", med.source().file());
        assertEquals("5.3.2", med.source().clause());
        assertEquals("catalogue", card.target("road-24h").source().kind());
        String report = Files.readString(run.resolve("report.html"), StandardCharsets.UTF_8);
        assertTrue(report.contains("松北区防汛应急预案（演练示例）"), "the report cites the plan by title");
        assertTrue(report.contains("分区县评分"), "the report has the district table");
    }

    /** The template with its example rows kept and the bureau's rows below them. */
    static void fill(Path template, Path out) throws Exception {
        Map<String, List<List<Object>>> rows = new LinkedHashMap<>();
        List<List<Object>> shelters = new ArrayList<>();
        String[] kinds = {"学校", "公园", "体育场", "学校", "广场", "学校", "公园", "室内", "学校", "公园"};
        for (int i = 0; i < SHELTERS.length; i++) {
            var g = ChinaCoordinates.wgs84ToGcj02(SHELTERS[i][0], SHELTERS[i][1]);
            shelters.add(List.of(String.format("sb-shelter-%02d", i + 1), "松北区避难场所" + (i + 1), "", kinds[i],
                    round6(g.lon()), round6(g.lat()), AREAS[i], ""));
        }
        rows.put("避难场所", shelters);
        var d1 = ChinaCoordinates.wgs84ToGcj02(126.560, 45.812);
        var d2 = ChinaCoordinates.wgs84ToGcj02(126.590, 45.822);
        rows.put("储备库与物资", List.of(
                List.of("depot-songbei", "松北区应急物资储备库", round6(d1.lon()), round6(d1.lat()), 150000, 50000, 20000, 3000, 0, 0, 800),
                List.of("depot-city", "哈尔滨市救灾物资储备库（松北分库）", round6(d2.lon()), round6(d2.lat()), 600000, 200000, 60000, 8000, 20000, 0, 3000)));
        rows.put("救援队伍", List.of(
                List.of("sb-comprehensive", "松北区综合应急救援队", "综合救援队", 12, 45, "搜救、水上救援、转移疏散、避难场所管理、物资运输", "depot-songbei", "越野车"),
                List.of("sb-water", "松北区水上救援队", "水上救援", 4, 20, "水上救援、搜救", "depot-songbei", "冲锋舟"),
                List.of("sb-medical", "松北区医疗救援队", "医疗救援队", 4, 6, "医疗救治", "depot-songbei", "救护车"),
                List.of("sb-road", "松北区道路抢通队", "道路抢通", 3, 12, "道路抢通", "depot-city", "工程机械"),
                List.of("sb-volunteer", "松北区志愿者队伍", "志愿者队伍", 18, 19, "避难场所管理、物资运输、转移疏散", "depot-songbei", "越野车")));
        rows.put("预案条款", List.of(
                List.of("medical-2h", "5.3.2", "洪涝灾害发生后2小时内伤员得到紧急医学救援", "松北区防汛应急预案（演练示例）", "演练示例-2026-1"),
                List.of("living-12h", "5.4.1", "受灾群众12小时内得到基本生活救助", "松北区防汛应急预案（演练示例）", "演练示例-2026-1")));
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Map.Entry<String, List<List<Object>>> e : rows.entrySet()) {
                XSSFSheet sh = wb.getSheet(e.getKey());
                assertNotNull(sh, "template sheet " + e.getKey());
                XSSFRow head = sh.getRow(0);
                for (List<Object> values : e.getValue()) {
                    XSSFRow row = sh.createRow(sh.getLastRowNum() + 1);
                    List<Object> byHead = byHead(e.getKey(), head, values);
                    for (int c = 0; c < byHead.size(); c++) {
                        Object v = byHead.get(c);
                        XSSFCell cell = row.createCell(c);
                        if (v instanceof Number n) {
                            cell.setCellValue(n.doubleValue());
                        } else if (!v.toString().isEmpty()) {
                            cell.setCellValue(v.toString());
                        }
                    }
                }
            }
            try (OutputStream o = Files.newOutputStream(out)) {
                wb.write(o);
            }
        }
    }

    /** The values (given in the column order of the example CSVs, docs/examples/songbei-inventory) under the template's heads. */
    private static List<Object> byHead(String sheet, XSSFRow head, List<Object> values) {
        List<String> order = switch (sheet) {
            case "避难场所" -> List.of("编号", "名称", "英文名称", "类型", "经度(°)", "纬度(°)", "有效面积(m²)", "容量(人)");
            case "储备库与物资" -> List.of("编号", "名称", "经度(°)", "纬度(°)", "饮用水(升)", "食品(人·天)", "棉被(床)", "帐篷(顶)",
                    "折叠床(张)", "衣物(套)", "医疗包(个)");
            case "救援队伍" -> List.of("编号", "名称", "类型", "队数(支)", "每队人数(人)", "能力", "驻地编号", "交通工具");
            default -> List.of("目标", "条款", "原文", "预案名称", "文号");
        };
        List<Object> out = new ArrayList<>();
        for (int c = 0; c < head.getLastCellNum(); c++) {
            int i = order.indexOf(head.getCell(c).getStringCellValue());
            out.add(i < 0 ? "" : values.get(i));
        }
        return out;
    }

    private static double round6(double v) {
        return Math.round(v * 1e6) / 1e6;
    }
}
