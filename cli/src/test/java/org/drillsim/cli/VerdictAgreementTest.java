package org.drillsim.cli;

import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.drillsim.analysis.gap.TargetCheck;
import org.drillsim.analysis.replication.ReplicationOutcome;
import org.drillsim.analysis.replication.RunDirectoryWriter;
import org.drillsim.analysis.replication.RunSummary;
import org.drillsim.analysis.replication.TargetSummary;
import org.drillsim.exporters.ReportFormat;
import org.drillsim.exporters.doc.ReportDocument;
import org.drillsim.exporters.run.RunReportBuilder;
import org.drillsim.exporters.text.Language;
import org.drillsim.format.library.ScenarioLibrary;
import org.drillsim.format.model.LocalizedText;
import org.drillsim.format.model.Scenario;
import org.drillsim.format.targets.TargetDefinition;
import org.drillsim.runformat.RunManifest;
import org.drillsim.runformat.Scorecard;
import org.drillsim.runformat.Verdict;
import org.drillsim.ui.session.ScoreStatus;
import org.drillsim.world.ClockSpan;
import org.drillsim.world.score.TargetResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One scorecard, one verdict: three replications whose targets are met, at risk and not met (hand-computed
 * Student-t intervals, t(0.975, 2) = 4.303), read by the terminal scorecard, the run-directory file, every
 * report format, {@code gap}'s check and the trainer's traffic light; all must show the same verdict.
 */
class VerdictAgreementTest {
    /** Per-replication shares against 95 %, and the verdict the rule gives by hand. */
    static final Map<String, double[]> VALUES = new LinkedHashMap<>();
    static final Map<String, Verdict> EXPECTED = new LinkedHashMap<>();

    static {
        // mean 0.98, s = 0.01, half-width 4.303·0.01/√3 = 0.0248: [0.9552, 1.0048] → lower bound ≥ 0.95: met
        VALUES.put("medical-2h", new double[] {0.97, 0.98, 0.99});
        EXPECTED.put("medical-2h", Verdict.MET);
        // mean 0.95, s = 0.05, half-width 0.124: [0.826, 1.074]: the requirement inside: at risk
        VALUES.put("living-12h", new double[] {0.90, 0.95, 1.00});
        EXPECTED.put("living-12h", Verdict.AT_RISK);
        // mean 0.42, half-width 0.0497: upper bound 0.47 < 0.95: not met
        VALUES.put("supplies-10h", new double[] {0.40, 0.42, 0.44});
        EXPECTED.put("supplies-10h", Verdict.NOT_MET);
    }

    static final Map<String, String> LABELS = Map.of("medical-2h", "二小时医疗", "living-12h", "十二小时生活",
            "supplies-10h", "十小时物资");

    static RunSummary summary() {
        List<ReplicationOutcome> outcomes = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
            List<TargetResult> targets = new ArrayList<>();
            for (Map.Entry<String, double[]> e : VALUES.entrySet()) {
                double v = e.getValue()[r];
                targets.add(new TargetResult(e.getKey(), new LocalizedText(LABELS.get(e.getKey()), e.getKey() + " label"),
                        "response-time", 2, "h", "<=", 0.95,
                        ClockSpan.MEDICAL, true, v, v >= 0.95, 100, Math.round(100 * (1 - v)), 0, 1.0, 1.0, List.of(),
                        new TargetDefinition.Source("000", "规划", "§1", 1), TargetResult.CATALOGUE, "原文", "000", null));
            }
            org.drillsim.world.score.Scorecard card = new org.drillsim.world.score.Scorecard("t", r + 1, 0, targets, List.of(), null, List.of());
            outcomes.add(new ReplicationOutcome(r + 1, card, 0, 0, 0, 0, new long[0], new double[0][], new double[0][],
                    List.of(), new double[0][], new double[0][], List.of(), List.of()));
        }
        return RunSummary.of(outcomes);
    }

    @Test
    void everyViewShowsTheSameVerdict(@TempDir Path dir) throws Exception {
        RunSummary summary = summary();
        Scenario scenario = ScenarioLibrary.resolve("synthetic-small", null);
        Scorecard file = RunDirectoryWriter.scorecard(scenario, 3, summary);
        String terminal = RunCommand.scorecardText(scenario, summary, 3);
        Path run = runDirectory(dir, file);
        ReportDocument report = RunReportBuilder.of(run).planRevisionReport();
        Path docx = run.resolve("r.docx");
        Path xlsx = run.resolve("r.xlsx");
        Path html = run.resolve("r.html");
        ReportFormat.DOCX.write(report, Language.ZH, docx);
        ReportFormat.XLSX.write(report, Language.ZH, xlsx);
        ReportFormat.HTML.write(report, Language.ZH, html);
        String htmlText = Files.readString(html, StandardCharsets.UTF_8);
        for (TargetSummary t : summary.targets()) {
            String id = t.first().id();
            Verdict v = EXPECTED.get(id);
            assertEquals(v, t.verdict(), id + ": run summary");
            assertEquals(v, TargetCheck.of(t, 0.95).verdict(), id + ": gap's check");
            assertEquals(v, file.target(id).verdict(), id + ": scorecard.json");
            assertEquals(v, ScoreStatus.of(v).verdict(), id + ": trainer light");
            String row = terminal.lines().filter(l -> l.startsWith(LABELS.get(id))).findFirst().orElseThrow();
            assertTrue(row.contains(v.zh() + " " + v.en()), id + ": terminal row " + row);
            assertEquals(v.zh(), docxVerdict(docx, LABELS.get(id)), id + ": DOCX scorecard");
            assertEquals(v.zh(), xlsxVerdict(xlsx, LABELS.get(id)), id + ": XLSX scorecard");
            assertTrue(htmlText.contains(">" + v.symbol() + " " + v.zh() + "<"), id + ": HTML shows " + v.zh());
        }
        // the corrective-action table names the verdict of each target it lists
        String actions = docxTableText(docx, "整改事项");
        assertTrue(actions.contains("“十二小时生活”临界"), actions);
        assertTrue(actions.contains("“十小时物资”未达标"), actions);
        assertFalse(actions.contains("二小时医疗”"), "a met target needs no corrective action: " + actions);
        // shares never print above 100 %: living-12h's interval [82.6, 107.4] stops at 100
        assertEquals(1.0, file.target("living-12h").value().high());
        assertTrue(terminal.contains("95.0% [82.6, 100.0]"), terminal);
        assertFalse(htmlText.contains("107.4") || htmlText.contains("100.5%"), "no share above 100 % in the report");
        for (String line : terminal.lines().toList()) {
            assertTrue(org.drillsim.analysis.gap.TextTable.width(line) <= 120, "wider than 120 columns: " + line);
        }
    }

    private static Path runDirectory(Path dir, Scorecard file) throws Exception {
        Files.writeString(dir.resolve("run.json"), """
                {"format": 1, "scenario": {"id": "t", "name": {"zh": "测试情景", "en": "test scenario"}},
                 "seed": 7, "replications": 3, "horizonHours": 12, "hazardTickMinutes": 15,
                 "map": {"source": "synthetic"}, "attribution": ""}
                """);
        Files.writeString(dir.resolve("scorecard.json"), file.toJson());
        RunManifest.write(dir);
        return dir;
    }

    private static String docxVerdict(Path docx, String label) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(docx))) {
            for (XWPFTable t : doc.getTables()) {
                List<XWPFTableRow> rows = t.getRows();
                int col = -1;
                for (int c = 0; c < rows.get(0).getTableCells().size(); c++) {
                    if (rows.get(0).getCell(c).getText().equals("评定")) {
                        col = c;
                    }
                }
                if (col < 0) {
                    continue;
                }
                for (XWPFTableRow r : rows) {
                    if (r.getCell(0).getText().equals(label)) {
                        return r.getCell(col).getText().replaceAll("^[✓!✗–] ", "");
                    }
                }
            }
        }
        return null;
    }

    private static String docxTableText(Path docx, String header) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(docx))) {
            for (XWPFTable t : doc.getTables()) {
                if (t.getText().contains(header)) {
                    return t.getText();
                }
            }
        }
        return "";
    }

    private static String xlsxVerdict(Path xlsx, String label) throws Exception {
        // the ooxml types only: this module declares poi-ooxml, not poi
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            for (int k = 0; k < wb.getNumberOfSheets(); k++) {
                XSSFSheet s = wb.getSheetAt(k);
                int col = -1;
                for (int i = 0; i <= s.getLastRowNum(); i++) {
                    XSSFRow r = s.getRow(i);
                    if (r == null) {
                        continue;
                    }
                    for (int c = 0; c < r.getLastCellNum(); c++) {
                        XSSFCell cell = r.getCell(c);
                        if (cell != null && cell.toString().equals("评定")) {
                            col = c;
                        }
                    }
                    XSSFCell first = r.getCell(0);
                    if (col >= 0 && first != null && first.toString().equals(label)) {
                        XSSFCell v = r.getCell(col);
                        assertNotNull(v);
                        return v.toString().replaceAll("^[✓!✗–] ", "");
                    }
                }
            }
        }
        return null;
    }
}
