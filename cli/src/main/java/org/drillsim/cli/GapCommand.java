package org.drillsim.cli;

import org.drillsim.analysis.gap.BaselineRun;
import org.drillsim.analysis.gap.ConsoleProgress;
import org.drillsim.analysis.gap.GapAnalysis;
import org.drillsim.analysis.gap.GapJson;
import org.drillsim.analysis.gap.GapReport;
import org.drillsim.analysis.gap.GapSettings;
import org.drillsim.analysis.gap.GapTable;
import org.drillsim.analysis.gap.Variants;
import org.drillsim.routing.MapImportException;
import org.drillsim.format.io.ScenarioError;
import org.drillsim.format.io.ScenarioException;
import org.drillsim.format.library.ScenarioLibrary;
import org.drillsim.format.model.Scenario;
import org.drillsim.geodata.OsmExtractException;
import org.drillsim.world.ScenarioSite;
import org.drillsim.world.SiteLoader;
import org.drillsim.runformat.OutputFiles;
import org.drillsim.runformat.OutputRefusedException;
import org.drillsim.runformat.StagedRunDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code drillsim gap SCENARIO [--replications N] [--confidence 0.95] [--threads T] [--out DIR]}: plays the scenario's
 * replications, reports per target the shortfall and its causes, and for each resource the smallest addition that
 * meets each target at the confidence level (common random numbers); writes the run directory with {@code gap.json}.
 */
@Command(name = "gap", mixinStandardHelpOptions = true,
        description = {"能力差距分析：各目标的缺口与原因，各类资源需增加多少才能达标 / capacity gaps: shortfall per target"
                + " and its causes, and the smallest addition of each resource that meets each target"})
public final class GapCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SCENARIO", description = "情景文件或内置情景名 / scenario file or built-in id")
    String scenario;

    @Option(names = {"-n", "--replications"}, paramLabel = "N", defaultValue = "10",
            description = "每个方案的重复次数 / replications per evaluated variant (default ${DEFAULT-VALUE})")
    int replications;

    @Option(names = "--confidence", paramLabel = "C", defaultValue = "0.95",
            description = "置信水平：区间下限须达到要求比例 / confidence level: the interval's lower end must reach the"
                    + " required share (default ${DEFAULT-VALUE})")
    double confidence;

    @Option(names = "--threads", paramLabel = "T", defaultValue = "0",
            description = "线程数，0 = 全部核心 / threads, 0 = all cores (default ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--out", paramLabel = "DIR", description = "运行目录 / run directory (default runs/<scenario>-gap-<time>)")
    Path out;

    @Option(names = "--force", description = "整体替换已存在的非空 --out 目录 / replace an existing non-empty --out directory whole")
    boolean force;

    @Option(names = "--seed", paramLabel = "S", description = "主随机种子 / master seed (default: the scenario's)")
    Long seed;

    @Option(names = "--map", paramLabel = "PATH", description = "OSM 地图文件 / OSM extract instead of searching for the scenario's")
    Path map;

    @Option(names = "--resources", paramLabel = "IDS", split = ",",
            description = "只分析这些资源 / only these resources, e.g. ambulance,truck,stock:water-litres (default: all)")
    List<String> resources;

    @Option(names = "--cap-factor", paramLabel = "F", defaultValue = "2",
            description = "车辆与队伍的增加上限 = max(10, F × 现有数量) / cap for vehicles and teams = max(10, F × what"
                    + " the scenario has) (default ${DEFAULT-VALUE})")
    double capFactor;

    @Option(names = "--max-percent", paramLabel = "P", defaultValue = "500",
            description = "库存、避难容量、床位的增加上限（%%，每步 10%%）/ cap for stock, shelter capacity and beds (%%, 10 %% steps;"
                    + " default ${DEFAULT-VALUE})")
    int maxPercent;

    private final PrintStream stdout;
    private final PrintStream stderr;

    public GapCommand() {
        this(System.out, System.err);
    }

    GapCommand(PrintStream out, PrintStream err) {
        this.stdout = out;
        this.stderr = err;
    }

    @Override
    public Integer call() {
        GapSettings settings;
        Scenario s;
        try {
            s = ScenarioLibrary.resolve(scenario, null);
        } catch (ScenarioException e) {
            e.errors().forEach(stderr::println);
            return 2;
        }
        try {
            settings = new GapSettings(seed != null ? seed : s.seed(), replications, confidence, threads, capFactor, 10, 10,
                    Math.max(1, maxPercent / 10), resources != null ? resources : List.of());
        } catch (IllegalArgumentException e) {
            stderr.println("drillsim gap: " + e.getMessage());
            return 2;
        }
        ScenarioSite site;
        try {
            site = SiteLoader.load(s, CliPaths.scenarioDir(scenario), map, stderr::println);
        } catch (MapImportException | OsmExtractException | IllegalArgumentException e) {
            stderr.println(new ScenarioError(scenario, 0, 0, "", e.getMessage()));
            return 2;
        }
        site.notes().forEach(stderr::println);
        Path dir = out != null ? out : CliPaths.stamped("runs", s.id() + "-gap", "");
        StagedRunDirectory staged;
        try {
            staged = StagedRunDirectory.open(dir, force);
        } catch (OutputRefusedException e) {
            stderr.println("drillsim gap: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            stderr.println("drillsim gap: " + OutputFiles.describe(e));
            return 1;
        }
        ConsoleProgress progress = new ConsoleProgress(stderr, System.console() != null);
        stderr.printf("能力差距分析 / capacity gaps: %s, %d 次重复 replications per variant, seed %d%n", s.id(),
                replications, settings.seed());
        try (staged) {
            GapAnalysis analysis = new GapAnalysis(site, settings, progress);
            // the resources are checked before the long baseline run, so a wrong --resources fails at once
            Variants.of(site, settings, null);
            BaselineRun base = BaselineRun.play(site, settings.seed(), replications, threads, staged.dir(), progress,
                    List.of("能力差距分析的基线 / baseline of a capacity-gap analysis"));
            GapReport report = analysis.run(base.summary());
            stdout.println();
            stdout.print(GapTable.render(report));
            Path file = GapJson.write(report, staged.dir());
            staged.commit();
            stdout.println();
            stdout.println("运行目录 / run directory: " + dir + "  (" + file.getFileName() + ", scorecard.json …)");
            stdout.println("报告 / report: drillsim export " + dir + " --format docx");
            return 0;
        } catch (IllegalArgumentException e) {
            stderr.println("drillsim gap: " + e.getMessage());
            return 2;
        } catch (OutputRefusedException e) {
            stderr.println("drillsim gap: " + e.getMessage());
            return 2;
        } catch (UncheckedIOException | IOException e) {
            // disk full, no permission: the partial directory is deleted on close, nothing half-written is left
            stderr.println("drillsim gap: " + OutputFiles.describe(e));
            return 1;
        }
    }
}
