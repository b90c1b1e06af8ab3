package org.drillsim.cli;

import org.drillsim.format.io.ScenarioLoader;
import org.drillsim.format.model.Scenario;
import org.drillsim.format.model.Shelter;
import org.drillsim.inventory.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code drillsim import}: the template, the Songbei example (XLSX and CSV alike), and bad input with exit 2. */
class ImportCommandTest {
    static final Path EXAMPLES = Path.of("../docs/examples");

    record Result(int exit, String out, String err) {
    }

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new CommandLine(new ImportCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))).execute(args);
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void templateHasOneSheetPerKindAfterTheNotes(@TempDir Path dir) throws Exception {
        Path t = dir.resolve("资源清单模板.xlsx");
        assertEquals(0, run("--template", t.toString()).exit());
        List<String> names = Table.readXlsx(t).stream().map(Table::name).toList();
        assertEquals(List.of("说明", "避难场所", "救援队伍", "储备库与物资", "医院", "车辆", "直升机起降点", "预案条款"), names);
        Table shelters = Table.readXlsx(t).get(1);
        assertEquals(List.of("编号", "名称", "英文名称", "类型", "经度(°)", "纬度(°)", "有效面积(m²)", "容量(人)"), shelters.rows().get(0));
    }

    @Test
    void songbeiExampleImportsFromXlsxAndCsvAlike(@TempDir Path dir) throws Exception {
        Path fromXlsx = dir.resolve("songbei-drill.yaml");
        Path fromCsv = dir.resolve("csv/songbei-drill.yaml");
        Result x = run(EXAMPLES.resolve("松北区资源清单.xlsx").toString(), "--crs", "gcj02", "--scenario", "harbin-songhua-flood",
                "--out", fromXlsx.toString());
        assertEquals(0, x.exit(), x.err());
        Result c = run(EXAMPLES.resolve("songbei-inventory").toString(), "--crs", "gcj02", "--scenario", "harbin-songhua-flood",
                "--out", fromCsv.toString());
        assertEquals(0, c.exit(), c.err());
        // the same file but for the first comment line, which names the input
        assertEquals(Files.readAllLines(fromXlsx).subList(1, Files.readAllLines(fromXlsx).size()),
                Files.readAllLines(fromCsv).subList(1, Files.readAllLines(fromCsv).size()));
        Scenario s = ScenarioLoader.load(fromXlsx);
        assertEquals("songbei-drill", s.id());
        assertEquals(10, s.facilities().shelters().items().size());
        assertFalse(s.facilities().shelters().fromOsm());
        assertEquals(5, s.teams().size());
        assertEquals(2, s.facilities().depots().size());
        assertEquals("5.3.2", s.plan().clauseFor("medical-2h").clause());
        // row 1 was written in GCJ-02 from 126.515 E, 45.805 N (WGS-84) with 6 decimals (≈ 0.1 m)
        Shelter first = s.facilities().shelters().items().get(0);
        assertEquals(45.805, first.location().lat(), 2e-6);
        assertEquals(126.515, first.location().lon(), 2e-6);
    }

    @Test
    void badRowsExitTwoListEveryErrorAndWriteNothing(@TempDir Path dir) throws Exception {
        Path csv = Files.createDirectory(dir.resolve("in"));
        Files.writeString(csv.resolve("避难场所.csv"), "编号,名称,经度,纬度,有效面积(m²)\n"
                + "s1,一中,126.60,45.78,很大\n"
                + "s2,二中,116.40,39.91,1000\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("out.yaml");
        Result r = run(csv.toString(), "--scenario", "synthetic-small", "--out", out.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("避难场所!E2: “很大”不是数字"), r.err());
        assertTrue(r.err().contains("避难场所!C3: 位置 116.400000 E, 39.910000 N"), r.err());
        assertTrue(r.err().contains("2 个错误，未写出文件 / errors, nothing written"), r.err());
        assertFalse(Files.exists(out));
        assertFalse(r.err().contains("Exception"), r.err());
    }
}
