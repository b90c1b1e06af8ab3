package org.drillsim.cli;

import org.drillsim.analysis.gap.BaselineRun;
import org.drillsim.analysis.gap.ConsoleProgress;
import org.drillsim.analysis.gap.ReplicationBatch;
import org.drillsim.analysis.replication.RunSummary;
import org.drillsim.analysis.site.CandidateFinder;
import org.drillsim.analysis.site.ProposedSites;
import org.drillsim.analysis.site.SiteKind;
import org.drillsim.analysis.site.SiteTable;
import org.drillsim.analysis.site.SitesFiles;
import org.drillsim.analysis.site.SitingPlan;
import org.drillsim.analysis.site.SitingRequest;
import org.drillsim.analysis.site.SitingStudy;
import org.drillsim.analysis.siting.SitingObjective;
import org.drillsim.analysis.siting.SitingSettings;
import org.drillsim.routing.MapImportException;
import org.drillsim.routing.MapLocator;
import org.drillsim.format.io.ScenarioError;
import org.drillsim.format.io.ScenarioException;
import org.drillsim.format.library.ScenarioLibrary;
import org.drillsim.format.model.Scenario;
import org.drillsim.geodata.OsmExtractException;
import org.drillsim.geodata.OsmLayerCache;
import org.drillsim.geodata.OsmLayers;
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
 * {@code drillsim site SCENARIO --kind depot|shelter|ambulance-base --add K [--objective coverage|median]}: chooses K new
 * sites among candidates on the road network as the hazard leaves it, keeping the existing facilities, reports the
 * gap from the bound, re-simulates with the new sites and prints before / after per target; writes the run directory
 * with {@code sites.json} and {@code sites.geojson}.
 */
@Command(name = "site", mixinStandardHelpOptions = true,
        description = {"选址：在灾后最不利路网上新增物资储备库、避难场所或急救站点，并重新推演比较 / siting: add depots,"
                + " shelters or ambulance bases on the worst road network of the hazard, then re-simulate before / after"})
public final class SiteCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SCENARIO", description = "情景文件或内置情景名 / scenario file or built-in id")
    String scenario;

    @Option(names = "--kind", required = true, paramLabel = "KIND",
            description = "设施类型 / facility kind: depot, shelter, ambulance-base")
    String kind;

    @Option(names = "--add", required = true, paramLabel = "K", description = "新增数量 / number of new sites")
    int add;

    @Option(names = "--objective", paramLabel = "OBJ", defaultValue = "coverage",
            description = "coverage（最大覆盖）或 median（p-中位）/ coverage (maximal covering) or median (p-median);"
                    + " default ${DEFAULT-VALUE}")
    String objective;

    @Option(names = "--within", paramLabel = "TIME",
            description = "覆盖时间 / covering travel time, e.g. 15m, 0.5h (default: ambulance-base 15m, shelter 30m, depot 60m)")
    String within;

    @Option(names = "--units", paramLabel = "N", defaultValue = "2",
            description = "每个新急救站点的救护车数 / ambulances at each new ambulance base (default ${DEFAULT-VALUE})")
    int units;

    @Option(names = {"-n", "--replications"}, paramLabel = "N", defaultValue = "10",
            description = "前后各推演的重复次数 / replications before and after (default ${DEFAULT-VALUE})")
    int replications;

    @Option(names = "--threads", paramLabel = "T", defaultValue = "0",
            description = "线程数，0 = 全部核心 / threads, 0 = all cores (default ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--out", paramLabel = "DIR", description = "运行目录 / run directory (default runs/<scenario>-site-<time>)")
    Path out;

    @Option(names = "--force", description = "整体替换已存在的非空 --out 目录 / replace an existing non-empty --out directory whole")
    boolean force;

    @Option(names = "--seed", paramLabel = "S", description = "主随机种子 / master seed (default: the scenario's)")
    Long seed;

    @Option(names = "--map", paramLabel = "PATH", description = "OSM 地图文件 / OSM extract instead of searching for the scenario's")
    Path map;

    @Option(names = "--max-candidates", paramLabel = "N", defaultValue = "300",
            description = "候选数上限（保留面积最大的）/ most candidates kept, largest parcels first (default ${DEFAULT-VALUE})")
    int maxCandidates;

    @Option(names = "--min-area", paramLabel = "M2", defaultValue = "5000",
            description = "候选地块最小面积 / smallest candidate parcel, m² (default ${DEFAULT-VALUE})")
    double minArea;

    private final PrintStream stdout;
    private final PrintStream stderr;

    public SiteCommand() {
        this(System.out, System.err);
    }

    SiteCommand(PrintStream out, PrintStream err) {
        this.stdout = out;
        this.stderr = err;
    }

    @Override
    public Integer call() {
        SitingRequest request;
        try {
            SiteKind k = SiteKind.of(kind);
            SitingObjective obj = switch (objective) {
                case "coverage" -> SitingObjective.MAX_COVERING;
                case "median" -> SitingObjective.P_MEDIAN;
                default -> throw new IllegalArgumentException("--objective must be coverage or median, got " + objective);
            };
            double minutes = within == null ? SitingRequest.defaultWithinMinutes(k) : HazardCommand.parseTime(within) / 60_000.0;
            request = new SitingRequest(k, add, obj, minutes, new CandidateFinder.Limits(minArea, maxCandidates, 1_000),
                    SitingSettings.DEFAULT);
            if (replications < 2) {
                throw new IllegalArgumentException("--replications must be >= 2 for a confidence interval, got " + replications);
            }
            if (units < 1) {
                throw new IllegalArgumentException("--units must be >= 1, got " + units);
            }
        } catch (IllegalArgumentException e) {
            stderr.println("drillsim site: " + e.getMessage());
            return 2;
        }
        Scenario s;
        try {
            s = ScenarioLibrary.resolve(scenario, null);
        } catch (ScenarioException e) {
            e.errors().forEach(stderr::println);
            return 2;
        }
        long runSeed = seed != null ? seed : s.seed();
        ScenarioSite site;
        OsmLayers layers = null;
        try {
            site = SiteLoader.load(s, CliPaths.scenarioDir(scenario), map, stderr::println);
            if (s.map().extract() != null && !(s.map().synthetic() != null && map == null)) {
                layers = OsmLayerCache.load(MapLocator.locate(s.map().extract(), map));
            }
        } catch (MapImportException | OsmExtractException | IllegalArgumentException e) {
            stderr.println(new ScenarioError(scenario, 0, 0, "", e.getMessage()));
            return 2;
        }
        site.notes().forEach(stderr::println);
        Path dir = out != null ? out : CliPaths.stamped("runs", s.id() + "-site", "");
        StagedRunDirectory staged;
        try {
            staged = StagedRunDirectory.open(dir, force);
        } catch (OutputRefusedException e) {
            stderr.println("drillsim site: " + e.getMessage());
            return 2;
        } catch (IOException e) {
            stderr.println("drillsim site: " + OutputFiles.describe(e));
            return 1;
        }
        try (staged) {
            stderr.println("选址计算 / siting: " + request.kind().id() + " +" + add + " …");
            SitingPlan plan = SitingStudy.run(site, layers, request);
            stdout.println();
            stdout.print(SiteTable.plan(site, plan, units));
            ScenarioSite after = ProposedSites.apply(site, plan, units);
            ConsoleProgress progress = new ConsoleProgress(stderr, System.console() != null);
            BaselineRun before = BaselineRun.play(site, runSeed, replications, threads, staged.dir(), progress,
                    List.of("选址分析的基线 / baseline of a siting study"));
            progress.started("选址后 / with the new sites", replications);
            long t0 = System.nanoTime();
            RunSummary afterSummary = ReplicationBatch.run(after, runSeed, replications, threads, progress::replication);
            progress.finished("选址后 / with the new sites", (System.nanoTime() - t0) / 1e9);
            SitesFiles.Comparison cmp = new SitesFiles.Comparison(runSeed, replications, 0.95, before.summary(),
                    afterSummary, units);
            stdout.println();
            stdout.print(SiteTable.comparison(cmp));
            List<Path> files = SitesFiles.write(staged.dir(), site, plan, cmp);
            staged.commit();
            stdout.println();
            stdout.println("运行目录 / run directory: " + dir + "  (" + files.get(0).getFileName() + ", "
                    + files.get(1).getFileName() + ", scorecard.json …)");
            if (s.map().extract() != null) {
                stdout.println("地图数据 / map data " + org.drillsim.routing.RoadNetwork.OSM_ATTRIBUTION);
            }
            return 0;
        } catch (IllegalArgumentException e) {
            stderr.println("drillsim site: " + e.getMessage());
            return 2;
        } catch (OutputRefusedException e) {
            stderr.println("drillsim site: " + e.getMessage());
            return 2;
        } catch (UncheckedIOException | IOException e) {
            // disk full, no permission: the partial directory is deleted on close, nothing half-written is left
            stderr.println("drillsim site: " + OutputFiles.describe(e));
            return 1;
        }
    }
}
