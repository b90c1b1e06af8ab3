package org.drillsim.cli;

import org.drillsim.analysis.replication.ReplicationOutcome;
import org.drillsim.analysis.replication.RunDirectoryWriter;
import org.drillsim.analysis.replication.RunSummary;
import org.drillsim.analysis.replication.ScenarioRunner;
import org.drillsim.analysis.replication.TargetSummary;
import org.drillsim.core.ConfidenceInterval;
import org.drillsim.core.RandomStreams;
import org.drillsim.core.Replications;
import org.drillsim.core.demo.ErlangC;
import org.drillsim.core.demo.MmcQueue;
import org.drillsim.exporters.run.RunReportBuilder;
import org.drillsim.routing.MapImportException;
import org.drillsim.routing.MapLocator;
import org.drillsim.analysis.gap.TextTable;
import org.drillsim.runformat.Bilingual;
import org.drillsim.runformat.OutputFiles;
import org.drillsim.runformat.Verdict;
import org.drillsim.runformat.OutputRefusedException;
import org.drillsim.runformat.StagedRunDirectory;
import org.drillsim.format.io.ScenarioError;
import org.drillsim.format.io.ScenarioException;
import org.drillsim.format.io.TerminalText;
import org.drillsim.format.library.ScenarioLibrary;
import org.drillsim.format.model.Scenario;
import org.drillsim.world.log.Json;
import org.drillsim.world.ScenarioSite;
import org.drillsim.world.SiteLoader;
import org.drillsim.world.score.CauseShare;
import org.drillsim.world.score.TargetResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code drillsim run [SCENARIO] [--replications N] [--seed S] [--out DIR] [--threads T] [--map PATH]}: plays a
 * scenario (default {@code harbin-songhua-flood}; the synthetic scenario, said so, when the Harbin extract is
 * not found), prints the scorecard with Chinese and English labels and writes the run directory. The kernel
 * demo stays reachable as {@code drillsim run --demo mmc}.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"运行情景：按预案推演、打印评分表并写出运行目录 / play a scenario, print the scorecard, write a run directory",
                "内核演示 / kernel demo: drillsim run --demo mmc"})
public final class RunCommand implements Callable<Integer> {
    /** Default scenario. */
    public static final String DEFAULT_SCENARIO = "harbin-songhua-flood";
    /** Built-in scenario used when the default one's map is missing. */
    public static final String FALLBACK_SCENARIO = "synthetic-small";

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
            description = "情景文件或内置情景名 / scenario file or built-in id (default " + DEFAULT_SCENARIO + ")")
    String scenario;

    @Option(names = {"-n", "--replications"}, paramLabel = "N", defaultValue = "20",
            description = "重复次数 / replications (default ${DEFAULT-VALUE})")
    int replications;

    @Option(names = "--seed", paramLabel = "S", description = "主随机种子 / master seed (default: the scenario's)")
    Long seed;

    @Option(names = "--out", paramLabel = "DIR", description = "运行目录 / run directory (default runs/<scenario>-<time>)")
    Path out;

    @Option(names = "--force", description = "整体替换已存在的非空 --out 目录 / replace an existing non-empty --out directory whole")
    boolean force;

    @Option(names = "--threads", paramLabel = "T", defaultValue = "0",
            description = "线程数，0 = 全部核心 / threads, 0 = all cores (default ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--map", paramLabel = "PATH", description = "OSM 地图文件 / OSM extract instead of searching for the scenario's")
    Path map;

    @Option(names = "--no-report", description = "不生成 report.html / skip report.html")
    boolean noReport;

    @Option(names = "--demo", paramLabel = "NAME", description = "内核演示 / kernel demo instead of a scenario: mmc")
    String demo;

    @Option(names = {"-c", "--servers"}, defaultValue = "3", description = "演示 / demo: servers (default ${DEFAULT-VALUE})")
    int servers;

    @Option(names = "--rho", defaultValue = "0.8", description = "演示 / demo: utilisation ρ in (0,1) (default ${DEFAULT-VALUE})")
    double rho;

    @Option(names = "--reps", defaultValue = "100", description = "演示 / demo: replications (default ${DEFAULT-VALUE})")
    int reps;

    @Option(names = "--customers", defaultValue = "20000", description = "演示 / demo: customers per replication (default ${DEFAULT-VALUE})")
    long customers;

    private final PrintStream stdout;
    private final PrintStream stderr;

    public RunCommand() {
        this(System.out, System.err);
    }

    RunCommand(PrintStream out, PrintStream err) {
        this.stdout = out;
        this.stderr = err;
    }

    @Override
    public Integer call() {
        if (demo != null) {
            return runDemo();
        }
        if (replications < 1 || replications > 100_000) {
            stderr.println("drillsim run: --replications 应为 1–100000 / must be 1–100000, got " + replications);
            return 2;
        }
        if (threads < 0) {
            stderr.println("drillsim run: --threads 应为 0（全部核心）或正数 / must be 0 (all cores) or positive, got " + threads);
            return 2;
        }
        List<String> notes = new ArrayList<>();
        Scenario s;
        try {
            s = resolveScenario(notes);
        } catch (ScenarioException e) {
            for (ScenarioError err : e.errors()) {
                stderr.println(err);
            }
            return 2;
        }
        for (String n : notes) {
            stderr.println(n);
        }
        long t0 = System.nanoTime();
        ScenarioSite site;
        try {
            site = SiteLoader.load(s, CliPaths.scenarioDir(scenario), map, stderr::println);
        } catch (MapImportException | IllegalArgumentException e) {
            stderr.println(TerminalText.escape("drillsim run: " + s.id() + ": " + e.getMessage()));
            return 2;
        }
        for (String n : site.notes()) {
            TextTable.wrap(n, TextTable.NOTE_WIDTH).forEach(stderr::println); // the population note is ~200 columns
        }
        long runSeed = seed != null ? seed : s.seed();
        Path target = out != null ? out : CliPaths.stamped("runs", s.id(), "");
        StagedRunDirectory staged;
        try {
            staged = StagedRunDirectory.open(target, force);
        } catch (OutputRefusedException e) {
            stderr.println("drillsim run: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            stderr.println("drillsim run: " + OutputFiles.describe(e));
            return 1;
        }
        try (staged) {
            Path dir = staged.dir();
            RunDirectoryWriter writer = new RunDirectoryWriter(dir);
            int usedThreads = threads <= 0 ? Runtime.getRuntime().availableProcessors() : threads;
            stderr.printf("推演 / playing %s: %d 次重复 replications, seed %d, %d 线程 threads, %.0f h%n", s.id(),
                    replications, runSeed, usedThreads, s.horizonHours());
            ProgressBar bar = new ProgressBar(stderr, replications);
            List<ReplicationOutcome> outcomes;
            long t1 = System.nanoTime();
            try (Writer events = writer.openEvents()) {
                outcomes = ScenarioRunner.run(new ScenarioRunner.Plan(site, runSeed, replications, threads, events, bar::done));
            } catch (IOException | UncheckedIOException e) {
                bar.finish();
                throw e;
            } catch (RuntimeException e) {
                bar.finish();
                stderr.println(TerminalText.escape("drillsim run: 推演失败 / the simulation failed: " + e.getMessage()
                        + (e.getCause() != null ? " — " + e.getCause() : "")));
                return 1;
            }
            bar.finish();
            double runSeconds = (System.nanoTime() - t1) / 1e9;
            writer.commitEvents();
            RunSummary summary = RunSummary.of(outcomes);
            writer.write(site, runSeed, usedThreads, outcomes, summary, (System.nanoTime() - t0) / 1e9, notes);
            printScorecard(s, summary, replications);
            if (!noReport) {
                writeReport(dir, staged.target());
            }
            staged.commit();
            stdout.printf("%n运行目录 / run directory: %s  (%d 次重复 %.1f 秒 / %d replications in %.1f s)%n", target, replications,
                    runSeconds, replications, runSeconds);
            return 0;
        } catch (OutputRefusedException e) {
            stderr.println("drillsim run: " + e.getMessage());
            return 2;
        } catch (IOException | UncheckedIOException e) {
            // disk full, no permission: the partial directory is deleted on close, nothing half-written is left
            stderr.println("drillsim run: " + OutputFiles.describe(e));
            return 1;
        }
    }

    /** The named scenario, or the default (falling back to the synthetic one when the Harbin extract is missing). */
    private Scenario resolveScenario(List<String> notes) throws ScenarioException {
        if (scenario != null) {
            return ScenarioLibrary.resolve(scenario, null);
        }
        Scenario s = ScenarioLibrary.resolve(DEFAULT_SCENARIO, null);
        String extract = s.map().extract();
        if (map == null && extract != null && MapLocator.find(extract).isEmpty()) {
            notes.add("未找到哈尔滨地图 " + extract + "（查找路径 " + MapLocator.searchPath() + "），改用合成情景 "
                    + FALLBACK_SCENARIO + " / the Harbin extract " + extract + " was not found; playing the synthetic"
                    + " scenario " + FALLBACK_SCENARIO + " instead (pass --map PATH or set DRILLSIM_MAPS)");
            return ScenarioLibrary.resolve(FALLBACK_SCENARIO, null);
        }
        return s;
    }

    /** Writes the reports into the partial directory {@code dir}; names them where they will be after the commit. */
    private void writeReport(Path dir, Path target) {
        try {
            Path report = RunReportBuilder.writeRunReports(dir);
            stdout.println("报告 / report: " + target.resolve(report.getFileName()) + " (English: "
                    + target.resolve(RunReportBuilder.REPORT_HTML_EN) + ")");
        } catch (IOException | RuntimeException e) {
            stderr.println("drillsim run: report.html 写入失败 / could not write report.html: " + e.getMessage());
        }
    }

    // ------------------------------------------------------------------ the scorecard table

    private void printScorecard(Scenario s, RunSummary summary, int n) {
        stdout.println();
        stdout.print(scorecardText(s, summary, n));
    }

    /**
     * The scorecard as the terminal shows it, within 120 columns: one row per target with its verdict
     * ({@link TargetSummary#verdict()}, the one rule of the reports, the trainer and {@code gap}); the id and the
     * causes on an indented line under the row; then the indicators and the verdict rule.
     */
    /** Widest "zh / en" indicator label kept on one row (the value column needs about 35 more). */
    private static final int INDICATOR_LABEL_WIDTH = 80;

    static String scorecardText(Scenario s, RunSummary summary, int n) {
        StringBuilder out = new StringBuilder();
        out.append("评分表 / Scorecard — ").append(TerminalText.escape(s.name().zh())).append(" (").append(n)
                .append(" 次重复 replications, 95% CI)\n");
        if (!s.name().en().equals(s.name().zh())) {
            out.append("  ").append(TerminalText.escape(s.name().en())).append('\n');
        }
        if (summary.scope() != null) {
            out.append("评分范围 / scored for: ").append(TerminalText.escape(summary.scope())).append("（情景 scoring.district）\n");
        }
        // short headers: the widest cells (label, value, verdict) already take ~110 of the 120 columns
        TextTable table = new TextTable("目标 / target", "阈值", "数值 [95% CI]", "要求", "评定 / verdict");
        for (TargetSummary t : summary.targets()) {
            TargetResult f = t.first();
            String unit = ConsoleText.unit(f.unit());
            String threshold = ConsoleText.comparison(f.comparison()) + " " + Json.number(f.threshold()) + " " + unit;
            String value;
            if (t.scoredReplications() == 0) {
                value = "—";
            } else if (f.isResponseTime()) {
                value = ConsoleText.withInterval(t.value(), true);
            } else {
                value = ConsoleText.withInterval(t.value(), false) + " " + unit;
            }
            String required = f.isResponseTime() ? "≥ " + ConsoleText.percent(f.requiredShare()) : threshold;
            Verdict v = t.verdict();
            String result = v.zh() + " " + v.en();
            if (t.scoredReplications() > 0 && n > 1) {
                result += " (" + Math.round(t.passRate() * t.scoredReplications()) + "/" + t.scoredReplications() + ")";
            }
            table.row(f.label().zh(), threshold, value, required, result);
            String causes = causes(t.causes());
            table.note(f.id() + (causes.isEmpty() ? "" : " — 主要原因 / main causes: " + causes));
        }
        out.append(table);
        for (String line : TextTable.wrap(rule(), TextTable.NOTE_WIDTH)) {
            out.append(line).append('\n');
        }
        if (!summary.indicators().isEmpty()) {
            out.append('\n');
            TextTable ind = new TextTable("指标 / indicator", "均值 [95% CI] / mean");
            for (RunSummary.IndicatorSummary i : summary.indicators()) {
                String both = i.first().label().zh() + " / " + i.first().label().en();
                String value = ConsoleText.withInterval(i.value(), false) + " " + ConsoleText.unit(i.first().unit());
                if (TextTable.width(both) <= INDICATOR_LABEL_WIDTH) {
                    ind.row(both, value);
                } else {
                    // a long label keeps the table within 120 columns: Chinese in the row, English under it
                    ind.row(i.first().label().zh(), value).note(i.first().label().en());
                }
            }
            out.append(ind);
        }
        districtsText(summary, out);
        out.append('\n');
        out.append("目标来源见 scorecard.json（文件、条款、原文）/ sources, clauses and wording: scorecard.json\n");
        if (s.plan() != null) {
            String plan = (s.plan().documentNumber().isEmpty() ? "" : s.plan().documentNumber() + " ") + "《" + s.plan().title().zh() + "》";
            int own = s.plan().clauses().size();
            String line = "依据本单位预案 " + plan + "：" + own + " 项目标引用其条款，其余 " + (s.targets().size() - own)
                    + " 项引用目录种子条款 / cited from the unit's own plan: " + own + " target(s); the other "
                    + (s.targets().size() - own) + " cite the catalogue's seed clause";
            for (String l : TextTable.wrap(line, TextTable.NOTE_WIDTH)) {
                out.append(l).append('\n');
            }
        }
        return out.toString();
    }

    /** The verdict rule in words (the reports state the same rule). */
    private static String rule() {
        Bilingual r = Verdict.rule(RunSummary.LEVEL);
        return "评定 / verdict — " + r.zh() + " " + r.en();
    }

    /**
     * Per district, one row per target and one column per district (five districts fit 120 columns; one column per
     * target would not): the mean and the verdict symbol of the one rule.
     */
    static void districtsText(RunSummary summary, StringBuilder out) {
        if (summary.districts().isEmpty()) {
            return;
        }
        out.append('\n').append("分区县 / by district（✓ 达标 met，! 临界 at risk，✗ 未达标 not met，— 无可评 n/a）\n");
        List<String> head = new ArrayList<>(List.of("目标 / target"));
        List<String> people = new ArrayList<>(List.of("人口 / residents"));
        for (RunSummary.DistrictSummary d : summary.districts()) {
            head.add(TerminalText.escape(d.name()));
            people.add(String.format(Locale.ROOT, "%,d", Math.round(d.peopleMean())));
        }
        TextTable table = new TextTable(head.toArray(new String[0]));
        table.row(people.toArray(new String[0]));
        for (int i = 0; i < summary.targets().size(); i++) {
            List<String> r = new ArrayList<>(List.of(summary.targets().get(i).first().id()));
            for (RunSummary.DistrictSummary d : summary.districts()) {
                r.add(districtCell(d.targets().get(i)));
            }
            table.row(r.toArray(new String[0]));
        }
        out.append(table);
    }

    static String districtCell(TargetSummary t) {
        if (t.scoredReplications() == 0) {
            return "—";
        }
        TargetResult f = t.first();
        double v = t.value().mean();
        String value = f.isResponseTime() ? ConsoleText.percent(v)
                : (Double.isInfinite(v) ? "∞" : Json.number(Math.round(v * 100) / 100.0)) + " " + ConsoleText.unit(f.unit());
        return value + " " + t.verdict().symbol();
    }

    private static String causes(List<CauseShare> causes) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(2, causes.size()); i++) {
            CauseShare c = causes.get(i);
            if (i > 0) {
                sb.append("; ");
            }
            sb.append(c.cause().zh()).append(' ').append(Math.round(c.share() * 100)).append('%');
        }
        return sb.toString();
    }

    /** A progress bar on stderr, redrawn in place on a terminal, else a line every 10 %. */
    static final class ProgressBar {
        private final PrintStream err;
        private final int total;
        private final boolean terminal = System.console() != null;
        private final long start = System.nanoTime();
        private int lastDecile = -1;

        ProgressBar(PrintStream err, int total) {
            this.err = err;
            this.total = total;
        }

        synchronized void done(int n) {
            double secs = (System.nanoTime() - start) / 1e9;
            if (terminal) {
                int width = 30;
                int filled = (int) Math.round(width * n / (double) total);
                err.printf("\r[%s%s] %d/%d 次重复 replications  %.1f s", "#".repeat(filled), ".".repeat(width - filled),
                        n, total, secs);
                err.flush();
            } else {
                int decile = n * 10 / total;
                if (decile != lastDecile && total >= 5) {
                    lastDecile = decile;
                    err.printf("  %d/%d 次重复 replications (%.1f s)%n", n, total, secs);
                }
            }
        }

        void finish() {
            if (terminal) {
                err.println();
            }
        }
    }

    // ------------------------------------------------------------------ the kernel demo

    private Integer runDemo() {
        if (!demo.equals("mmc")) {
            stderr.println("drillsim run: 未知演示 / unknown demo '" + demo + "' (known: mmc)");
            return 2;
        }
        MmcQueue.Config config;
        try {
            config = new MmcQueue.Config(servers, rho, 10.0, 4000.0 / servers, customers);
            if (reps < 2) {
                throw new IllegalArgumentException("--reps must be >= 2 for a confidence interval, got " + reps);
            }
        } catch (IllegalArgumentException e) {
            stderr.println("drillsim run: " + e.getMessage());
            return 2;
        }
        RandomStreams master = new RandomStreams(seed != null ? seed : 2024);
        long start = System.nanoTime();
        List<MmcQueue.Result> results = Replications.run(reps, threads,
                rep -> MmcQueue.replicate(config, master.forReplication(rep)));
        double seconds = (System.nanoTime() - start) / 1e9;
        double[] wait = results.stream().mapToDouble(MmcQueue.Result::meanWaitMinutes).toArray();
        double[] pWait = results.stream().mapToDouble(MmcQueue.Result::probWait).toArray();
        double[] util = results.stream().mapToDouble(MmcQueue.Result::utilisation).toArray();
        long events = results.stream().mapToLong(MmcQueue.Result::events).sum();
        stdout.printf("内核演示 M/M/c / kernel demo M/M/%d: ρ=%.2f, 平均服务 mean service 10 min, %d 次重复 replications × ~%d 顾客 customers, seed %d%n",
                servers, rho, reps, customers, master.masterSeed());
        stdout.printf("%-34s %-26s %-12s %s%n", "指标 / measure", "估计 / estimate (95% CI)", "Erlang C", "CI 含理论值 / contains");
        row("平均等待 / mean wait (min)", ConfidenceInterval.student(wait, 0.95), ErlangC.meanWait(servers, rho) * 10.0);
        row("等待概率 / P(wait)", ConfidenceInterval.student(pWait, 0.95), ErlangC.probWait(servers, rho));
        row("利用率 / utilisation", ConfidenceInterval.student(util, 0.95), rho);
        stdout.printf("%d 事件 events in %.1f s (%.2f M events/s)%n", events, seconds, events / seconds / 1e6);
        return 0;
    }

    private void row(String label, ConfidenceInterval ci, double theory) {
        stdout.printf("%-34s %-26s %-12.4f %s%n", label,
                String.format("%.4f ± %.4f", ci.mean(), ci.halfWidth()), theory, ci.contains(theory) ? "是 yes" : "否 no");
    }
}
