package org.drillsim.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.drillsim.exporters.ReportFormat;
import org.drillsim.exporters.text.Language;
import org.drillsim.exporters.doc.ReportDocument;
import org.drillsim.exporters.run.RunReportBuilder;
import org.drillsim.runformat.OutputFiles;
import org.drillsim.runformat.OutputRefusedException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code drillsim export RUN_DIR --format docx|xlsx|pdf|html|geojson|csv [--lang zh|en] [--out FILE]}:
 * writes the drill evaluation and plan-revision report (演练评估报告与预案修订建议) of a run directory.
 * Exit code 0 on success, 2 for bad input (not a run directory, unknown format or language), 1 when
 * writing fails (e.g. no Chinese font for PDF).
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"导出演练评估报告与预案修订建议 / export the drill evaluation and plan-revision report",
                "Formats: docx, xlsx, pdf, html (one page), geojson (map layers for QGIS), csv (one file per table)."})
public final class ExportCommand implements Callable<Integer> {
    /** Exit code for bad input. */
    public static final int EXIT_INVALID = 2;
    /** Exit code when the report could not be written. */
    public static final int EXIT_FAILED = 1;

    @Parameters(index = "0", paramLabel = "RUN_DIR", description = "run directory written by `drillsim run` / 运行目录")
    Path runDir;

    @Option(names = {"-f", "--format"}, required = true, paramLabel = "FORMAT",
            description = "docx | xlsx | pdf | html | geojson | csv")
    String format;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "zh", description = "zh (default) | en")
    String lang;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "output file (csv: directory); default RUN_DIR/plan-revision-report[-en].<ext>")
    Path out;

    @Option(names = "--report", paramLabel = "KIND", defaultValue = "plan",
            description = "plan (演练评估报告与预案修订建议, default) | run (the run report of `drillsim run`)")
    String report;

    private final PrintStream stdout;
    private final PrintStream stderr;

    public ExportCommand() {
        this(System.out, System.err);
    }

    /** For tests: write to the given streams. */
    ExportCommand(PrintStream stdout, PrintStream stderr) {
        this.stdout = stdout;
        this.stderr = stderr;
    }

    @Override
    public Integer call() {
        ReportFormat fmt;
        Language language;
        try {
            fmt = ReportFormat.parse(format);
            language = Language.parse(lang);
            if (!report.equals("plan") && !report.equals("run")) {
                throw new IllegalArgumentException("报告类型无效 / unknown --report '" + report + "': expected plan or run");
            }
        } catch (IllegalArgumentException e) {
            stderr.println("drillsim export: " + e.getMessage());
            return EXIT_INVALID;
        }
        RunReportBuilder builder;
        try {
            builder = RunReportBuilder.of(runDir);
        } catch (IOException | IllegalArgumentException e) {
            stderr.println("drillsim export: " + e.getMessage());
            return EXIT_INVALID;
        }
        ReportDocument doc = report.equals("run") ? builder.runReport() : builder.planRevisionReport();
        Path target = out != null ? out : runDir.resolve(defaultName(report, fmt, language));
        if (target.toString().isBlank()) {
            stderr.println("drillsim export: --out 不能为空 / --out must name a file, got \"\"");
            return EXIT_INVALID;
        }
        try {
            List<Path> files = fmt.write(doc, language, target);
            stdout.println("✓ 已导出 / exported " + fmt.extension() + " (" + language.tag() + "): "
                    + (fmt.writesDirectory() ? target + " (" + files.size() + " files)" : target));
            return 0;
        } catch (OutputRefusedException e) {
            stderr.println("drillsim export: " + e.getMessage());
            return EXIT_INVALID;
        } catch (IOException | java.io.UncheckedIOException e) {
            stderr.println("drillsim export: 导出失败 / export failed: " + OutputFiles.describe(e));
            return EXIT_FAILED;
        } catch (RuntimeException e) {
            stderr.println("drillsim export: 导出失败 / export failed: " + e.getMessage());
            return EXIT_FAILED;
        }
    }

    /** {@code plan-revision-report.docx}, {@code plan-revision-report-en.pdf}, {@code plan-revision-report-csv/} … */
    static String defaultName(String report, ReportFormat fmt, Language language) {
        String base = report.equals("run") ? "run-report" : "plan-revision-report";
        String suffix = language == Language.EN ? "-en" : "";
        return fmt.writesDirectory() ? base + suffix + "-csv" : base + suffix + "." + fmt.extension();
    }
}
