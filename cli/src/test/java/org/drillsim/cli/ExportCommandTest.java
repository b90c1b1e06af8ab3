package org.drillsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.drillsim.exporters.text.Language;
import org.drillsim.exporters.ReportFormat;
import org.drillsim.runformat.RunManifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExportCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new CommandLine(new ExportCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))).execute(args);
    }

    /** The smallest run directory: what was run and one scored target. */
    private static Path runDir(Path dir) throws Exception {
        Files.writeString(dir.resolve("run.json"), """
                {"format": 1, "scenario": {"id": "t", "name": {"zh": "测试情景", "en": "test scenario"}},
                 "seed": 7, "replications": 2, "horizonHours": 12, "hazardTickMinutes": 15,
                 "map": {"source": "synthetic"}, "attribution": ""}
                """);
        Files.writeString(dir.resolve("scorecard.json"), """
                {"scenario": "t", "replications": 2, "targets": [
                  {"id": "medical-2h", "label": {"zh": "2小时紧急医学救援", "en": "2 h medical rescue"}, "kind": "response-time",
                   "threshold": 2, "unit": "h", "comparison": "<=", "requiredShare": 0.95, "scored": true,
                   "value": {"mean": 0.5, "low": 0.4, "high": 0.6}, "pass": false, "passRate": 0,
                   "causes": [{"id": "travel", "zh": "路途", "en": "travel", "share": 1.0}],
                   "source": {"file": "000", "clause": "§二(五)"}, "wording": "重大灾害事故实现2小时紧急医学救援",
                   "perReplication": [0.4, 0.6]}],
                 "indicators": []}
                """);
        RunManifest.write(dir);
        return dir;
    }

    @Test
    void writesTheDocxReportIntoTheRunDirectory(@TempDir Path dir) throws Exception {
        runDir(dir);
        assertEquals(0, run(dir.toString(), "--format", "docx"), err.toString(StandardCharsets.UTF_8));
        Path docx = dir.resolve("plan-revision-report.docx");
        assertTrue(out.toString(StandardCharsets.UTF_8).contains(docx.toString()));
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(docx))) {
            assertTrue(doc.getParagraphs().stream().anyMatch(p -> p.getText().equals("演练评估报告与预案修订建议")));
            assertTrue(doc.getTables().stream().anyMatch(t -> t.getText().contains("重大灾害事故实现2小时紧急医学救援")));
        }
    }

    @Test
    void englishCsvGoesToTheGivenDirectory(@TempDir Path dir) throws Exception {
        runDir(dir);
        Path csv = dir.resolve("out");
        assertEquals(0, run(dir.toString(), "-f", "csv", "--lang", "en", "--out", csv.toString()));
        String scorecard = Files.readString(csv.resolve("scorecard.csv"), StandardCharsets.UTF_8);
        assertTrue(scorecard.contains("2 h medical rescue"), scorecard);
        assertEquals("plan-revision-report-en.pdf", ExportCommand.defaultName("plan", ReportFormat.PDF, Language.EN));
    }

    @Test
    void badInputGivesOneLineAndExitCode2(@TempDir Path dir) throws Exception {
        assertEquals(2, run(dir.toString(), "--format", "docx"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no manifest.json"));
        runDir(dir);
        err.reset();
        assertEquals(2, run(dir.toString(), "--format", "odt"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown format 'odt'"));
        err.reset();
        assertEquals(2, run(dir.toString(), "--format", "pdf", "--lang", "fr"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown language 'fr'"));
    }

    @Test
    void incompleteOrAlteredRunDirectoryIsRefusedNamingWhatIsWrong(@TempDir Path dir) throws Exception {
        runDir(dir);
        Files.writeString(dir.resolve("scorecard.json"), Files.readString(dir.resolve("scorecard.json")).replace("0.95", "0.50"));
        assertEquals(2, run(dir.toString(), "--format", "html"));
        String e = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, e.strip().lines().count(), e);
        assertTrue(e.contains("运行目录已被改动") && e.contains("altered run directory: scorecard.json SHA-256 checksum differs"), e);
        err.reset();
        Files.delete(dir.resolve("scorecard.json"));
        assertEquals(2, run(dir.toString(), "--format", "html"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("missing file scorecard.json"), err.toString(StandardCharsets.UTF_8));
        assertTrue(Files.notExists(dir.resolve("plan-revision-report.html")), "nothing exported");
    }

    @Test
    void outputOnlyReplacesRegularFiles(@TempDir Path dir) throws Exception {
        runDir(dir);
        Path folder = Files.createDirectories(dir.resolve("folder"));
        assertEquals(2, run(dir.toString(), "--format", "html", "--out", folder.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("refusing to replace") , err.toString(StandardCharsets.UTF_8));
        Path link = Files.createSymbolicLink(dir.resolve("link"), folder);
        assertEquals(2, run(dir.toString(), "--format", "docx", "--out", link.toString()));
        assertTrue(Files.isSymbolicLink(link) && Files.isDirectory(folder));
        assertEquals(2, run(dir.toString(), "--format", "docx", "--out", ""));
    }
}
