package org.drillsim.inventory;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.drillsim.format.library.ScenarioLibrary;
import org.drillsim.format.model.BBox;
import org.drillsim.format.model.Depot;
import org.drillsim.format.model.GeoPoint;
import org.drillsim.format.model.LocalizedText;
import org.drillsim.format.model.PlanClause;
import org.drillsim.format.model.ScenarioPlan;
import org.drillsim.format.model.ReliefItem;
import org.drillsim.format.model.Scenario;
import org.drillsim.format.model.Shelter;
import org.drillsim.format.model.ShelterKind;
import org.drillsim.format.model.Team;
import org.drillsim.format.model.TeamCapability;
import org.drillsim.format.model.TeamType;
import org.drillsim.format.model.VehicleType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A template filled with known rows imports to the exact scenario expected; bad cells give their sheet!cell line. */
class InventoryImportTest {
    static final String BASE = "synthetic-small";
    /** synthetic-small's area of interest */
    static final BBox AREA = new BBox(126.54, 45.69, 126.69, 45.80);

    static final Object[][] SHELTERS = {
            {"sb-s1", "松北一中", "Songbei No.1 School", "学校", 126.60, 45.78, 8000, 3000},
            {"sb-s2", "松北公园", "", "公园", 126.65, 45.785, "20,000", ""},
    };
    static final Object[][] TEAMS = {
            {"sb-rescue", "松北综合救援队", "", "综合救援队", 2, 30, "搜救、水上救援，转移疏散", "d-city", "冲锋舟"},
    };
    static final Object[][] DEPOTS = {
            {"d-city", "松北储备库", "Songbei depot", 126.62, 45.71, 10000, "5000 人·天", 1000, 200, "", "", 50},
    };

    static final Object[][] PLAN = {
            {"medical-2h", "5.2.3", "伤员2小时内得到救治", "合成城市防汛应急预案", "合政办发〔2026〕1号"},
            {"shelter-area", "4.1", "", "合成城市防汛应急预案", "合政办发〔2026〕1号"},
    };

    static final List<Shelter> EXPECTED_SHELTERS = List.of(
            new Shelter("sb-s1", new LocalizedText("松北一中", "Songbei No.1 School"), new GeoPoint(45.78, 126.60), null,
                    ShelterKind.SCHOOL, 8000, 3000L, null),
            new Shelter("sb-s2", new LocalizedText("松北公园", null), new GeoPoint(45.785, 126.65), null,
                    ShelterKind.PARK, 20000, null, null));
    static final List<Team> EXPECTED_TEAMS = List.of(
            new Team("sb-rescue", new LocalizedText("松北综合救援队", null), TeamType.COMPREHENSIVE, 2, 30,
                    List.of(TeamCapability.SEARCH_RESCUE, TeamCapability.WATER_RESCUE, TeamCapability.EVACUATION), "d-city", VehicleType.BOAT, null));
    static final List<Depot> EXPECTED_DEPOTS = List.of(
            new Depot("d-city", new LocalizedText("松北储备库", "Songbei depot"), new GeoPoint(45.71, 126.62),
                    Map.of(ReliefItem.WATER_LITRES, 10000L, ReliefItem.FOOD_RATIONS, 5000L, ReliefItem.QUILTS, 1000L,
                            ReliefItem.TENTS, 200L, ReliefItem.MEDICAL_KITS, 50L)));

    /** The template with the rows below its example row; lon/lat columns converted by {@code toCrs}. */
    static XSSFWorkbook filled(java.util.function.UnaryOperator<double[]> toCrs) {
        XSSFWorkbook wb = TemplateWriter.workbook();
        fill(wb.getSheet("避难场所"), SHELTERS, 4, toCrs);
        fill(wb.getSheet("救援队伍"), TEAMS, -1, toCrs);
        fill(wb.getSheet("储备库与物资"), DEPOTS, 3, toCrs);
        fill(wb.getSheet("预案条款"), PLAN, -1, toCrs);
        return wb;
    }

    static void fill(Sheet sh, Object[][] rows, int lonCol, java.util.function.UnaryOperator<double[]> toCrs) {
        for (int r = 0; r < rows.length; r++) {
            Row row = sh.createRow(2 + r);
            Object[] v = rows[r].clone();
            if (lonCol >= 0) {
                double[] p = toCrs.apply(new double[] {((Number) v[lonCol]).doubleValue(), ((Number) v[lonCol + 1]).doubleValue()});
                v[lonCol] = p[0];
                v[lonCol + 1] = p[1];
            }
            for (int c = 0; c < v.length; c++) {
                if (v[c] instanceof Number n) {
                    row.createCell(c).setCellValue(n.doubleValue());
                } else if (!"".equals(v[c])) {
                    row.createCell(c).setCellValue((String) v[c]);
                }
            }
        }
    }

    static Path save(XSSFWorkbook wb, Path dir) throws Exception {
        Path f = dir.resolve("清单.xlsx");
        try (OutputStream out = Files.newOutputStream(f)) {
            wb.write(out);
        }
        wb.close();
        return f;
    }

    static Scenario importInto(Inventory inv) throws Exception {
        return InventoryImport.merge(ScenarioLibrary.text(BASE), BASE, inv, "my-drill", List.of("test")).scenario();
    }

    @Test
    void filledTemplateImportsToTheExactScenario(@TempDir Path dir) throws Exception {
        Path f = save(filled(p -> p), dir);
        Inventory inv = InventoryReader.read(Table.readXlsx(f), Crs.WGS84, AREA);
        assertEquals(List.of(3, 4), inv.rows().get(InventorySheet.SHELTERS), "rows as Excel numbers them, example row skipped");
        Scenario s = importInto(inv);
        Scenario base = ScenarioLibrary.load(BASE);
        assertEquals("my-drill", s.id());
        assertEquals(EXPECTED_SHELTERS, s.facilities().shelters().items());
        assertFalse(s.facilities().shelters().fromOsm());
        assertEquals(EXPECTED_TEAMS, s.teams());
        assertEquals(EXPECTED_DEPOTS, s.facilities().depots());
        assertEquals(new ScenarioPlan(new LocalizedText("合成城市防汛应急预案", null), "合政办发〔2026〕1号",
                List.of(new PlanClause("medical-2h", "5.2.3", "伤员2小时内得到救治"), new PlanClause("shelter-area", "4.1", null))), s.plan());
        // sheets without data rows keep the base's category; the rest of the base is unchanged
        assertEquals(base.facilities().hospitals(), s.facilities().hospitals());
        assertEquals(base.fleets(), s.fleets());
        assertEquals(base.hazards(), s.hazards());
        assertEquals(base.targets(), s.targets());
        assertEquals(base.injects(), s.injects());
        assertEquals(base.policy(), s.policy());
    }

    @Test
    void gcj02AndBd09CellsAreConvertedToWgs84(@TempDir Path dir) throws Exception {
        for (Crs crs : List.of(Crs.GCJ02, Crs.BD09)) {
            Path f = save(filled(p -> {
                ChinaCoordinates.LonLat c = crs == Crs.GCJ02 ? ChinaCoordinates.wgs84ToGcj02(p[0], p[1])
                        : ChinaCoordinates.wgs84ToBd09(p[0], p[1]);
                return new double[] {c.lon(), c.lat()};
            }), dir);
            Scenario s = importInto(InventoryReader.read(Table.readXlsx(f), crs, AREA));
            for (int i = 0; i < EXPECTED_SHELTERS.size(); i++) {
                GeoPoint want = EXPECTED_SHELTERS.get(i).location();
                GeoPoint got = s.facilities().shelters().items().get(i).location();
                // 1e-6° ≈ 0.1 m; the BD-09 inverse is Baidu's closed form, a few cm from exact
                assertEquals(want.lat(), got.lat(), 1e-6, crs + " lat");
                assertEquals(want.lon(), got.lon(), 1e-6, crs + " lon");
            }
        }
    }

    @Test
    void csvFilesOnePerSheetReadLikeTheWorkbook(@TempDir Path dir) throws Exception {
        Path f = save(filled(p -> p), dir);
        Inventory fromXlsx = InventoryReader.read(Table.readXlsx(f), Crs.WGS84, AREA);
        Path csv = Files.createDirectory(dir.resolve("csv"));
        Files.writeString(csv.resolve("避难场所.csv"), "\uFEFF编号,名称,英文名称,类型,经度,纬度,有效面积(m²),容量(人)\r\n"
                + "sb-s1,松北一中,Songbei No.1 School,学校,126.60,45.78,8000,3000\r\n"
                + "sb-s2,松北公园,,公园,126.65,45.785,\"20,000\",\r\n", StandardCharsets.UTF_8);
        Files.writeString(csv.resolve("救援队伍.csv"), "编号,名称,类型,队数(支),每队人数(人),能力,驻地编号,交通工具\n"
                + "sb-rescue,松北综合救援队,综合救援队,2,30,\"搜救、水上救援，转移疏散\",d-city,冲锋舟\n", StandardCharsets.UTF_8);
        Files.writeString(csv.resolve("储备库与物资.csv"), "编号,名称,英文名称,经度,纬度,饮用水(L),食品(人·天),棉被(床),帐篷(顶),医疗包(个)\n"
                + "d-city,松北储备库,Songbei depot,126.62,45.71,10000,5000,1000,200,50\n", StandardCharsets.UTF_8);
        Inventory fromCsv = InventoryReader.read(Table.readCsv(csv), Crs.WGS84, AREA);
        assertEquals(fromXlsx.shelters(), fromCsv.shelters());
        assertEquals(fromXlsx.teams(), fromCsv.teams());
        assertEquals(fromXlsx.depots(), fromCsv.depots());
    }

    @Test
    void everyBadCellIsReportedAtOnceWithItsSheetAndCell(@TempDir Path dir) throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        sheet(wb, "避难场所", new String[] {"编号", "名称", "类型", "经度", "纬度", "有效面积(亩)"},
                new String[] {"s1", "一中", "学校", "126.6", "45.78", "12"});
        sheet(wb, "救援队伍", new String[] {"编号", "名称", "类型", "每队人数(人)", "能力"},
                new String[] {"t1", "救援队", "综合", "30", "搜救"});
        sheet(wb, "储备库与物资", new String[] {"编号", "名称", "经度", "纬度", "饮用水(升)", "食品(人·天)"},
                new String[] {"d1", "一库", "126.6", "45.75", "很多", "100"},
                new String[] {"d2", "二库", "126.6", "45.75", "100", "500 吨"},
                new String[] {"d3", "三库", "127.5", "45.75", "100", "100"},
                new String[] {"D4", "四库", "126.6", "45.75", "100", "100"});
        sheet(wb, "Sheet1", new String[] {"x"});
        InventoryException e = assertThrows(InventoryException.class,
                () -> InventoryReader.read(Table.readXlsx(save(wb, dir)), Crs.WGS84, AREA));
        List<String> where = e.errors().stream().map(x -> x.sheet() + "!" + x.cell()).toList();
        assertEquals(List.of("避难场所!F1", "救援队伍!A1:E1", "储备库与物资!E2", "储备库与物资!F3", "储备库与物资!C4",
                "储备库与物资!A5", "Sheet1!A1"), where);
        assertEquals("避难场所!F1: 单位错误：“有效面积(亩)”应为 有效面积(m²)（单位 m²） / wrong unit: \"有效面积(亩)\" should be "
                + "有效面积(m²) (effective area, m²)", e.errors().get(0).toString());
        assertEquals("救援队伍!A1:E1: 缺少必填列“驻地编号” / missing required column 驻地编号 (home: id of a facility in this "
                + "inventory or the base scenario)", e.errors().get(1).toString());
        assertEquals("储备库与物资!E2: “很多”不是数字；应为以 升 计的数值 / \"很多\" is not a number; expected drinking water, litres",
                e.errors().get(2).toString());
        assertEquals("储备库与物资!F3: 单位错误：“500 吨”，应为以 人·天 计的数值 / wrong unit in \"500 吨\"; expected food, "
                + "person-day rations (人·天)", e.errors().get(3).toString());
        assertEquals("储备库与物资!C4: 位置 127.500000 E, 45.750000 N（WGS84 换算为 WGS-84 后）在地图范围 126.540–126.690 E, "
                + "45.690–45.800 N 之外 / position 127.500000 E, 45.750000 N (WGS-84 from WGS84) lies outside the map's area "
                + "126.540–126.690 E, 45.690–45.800 N", e.errors().get(4).toString());
    }

    @Test
    void aBaseReferenceToAReplacedFacilityIsAnErrorAndNothingIsMerged(@TempDir Path dir) throws Exception {
        XSSFWorkbook wb = TemplateWriter.workbook();
        Object[][] depot = {{"d-songbei", "松北储备库", "", 126.62, 45.71, 10000, "", "", "", "", "", ""}};
        fill(wb.getSheet("储备库与物资"), depot, 3, p -> p);
        Inventory inv = InventoryReader.read(Table.readXlsx(save(wb, dir)), Crs.WGS84, AREA);
        InventoryException e = assertThrows(InventoryException.class, () -> importInto(inv));
        // synthetic-small's road crew, trucks, buses and agreement reserves are based at d-city, which the sheet replaced
        List<String> where = e.errors().stream().map(x -> x.sheet() + "!" + x.cell()).toList();
        assertEquals(List.of("synthetic-small!teams[3].home", "synthetic-small!teams[4].home", "synthetic-small!fleets[2].base",
                "synthetic-small!fleets[3].base", "synthetic-small!agreementReserves[0].deliverTo",
                "synthetic-small!agreementReserves[1].deliverTo"), where);
    }

    @Test
    void aPlanClauseForATargetTheBaseDoesNotScoreIsReportedAtItsRow(@TempDir Path dir) throws Exception {
        XSSFWorkbook wb = TemplateWriter.workbook();
        Object[][] plan = {{"medical-2h", "5.2.3", "", "某区预案", ""}, {"forest-team-50", "6.1", "", "某区预案", ""}};
        fill(wb.getSheet("预案条款"), plan, -1, p -> p);
        Inventory inv = InventoryReader.read(Table.readXlsx(save(wb, dir)), Crs.WGS84, AREA);
        InventoryException e = assertThrows(InventoryException.class, () -> importInto(inv));
        assertEquals(1, e.errors().size(), e.errors().toString());
        assertEquals("预案条款!A4", e.errors().get(0).sheet() + "!" + e.errors().get(0).cell());
    }

    static void sheet(XSSFWorkbook wb, String name, String[]... rows) {
        Sheet sh = wb.createSheet(name);
        for (int r = 0; r < rows.length; r++) {
            Row row = sh.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                row.createCell(c).setCellValue(rows[r][c]);
            }
        }
    }
}
