package org.drillsim.sweep;

import org.drillsim.format.io.ScenarioException;
import org.drillsim.world.ScenarioSite;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code drillsim sweep SCENARIO --vary ambulances=+0,+2,+4 --vary medical-teams=+0,+2 [--master URL | --threads T]
 * [--until-halfwidth H] [--out DIR]}: plays every combination of the added resources with common random numbers, on
 * Spark (embedded {@code local[*]} by default) or on this JVM's threads, and prints variants × targets.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"方案扫描：资源增量组合的网格，在 Spark（默认本机内嵌 local[*]，或 --master 集群）上并行推演 / "
                + "sweep: a grid of added resources, replications on Spark (embedded local[*] by default, or a cluster)"})
public final class SweepMain implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SCENARIO", description = "情景文件或内置情景名 / scenario file or built-in id")
    String scenario;

    @Option(names = "--vary", paramLabel = "RES=+a,+b", required = true,
            description = "资源及增量，可重复 / a resource and the amounts added, repeatable, e.g. ambulances=+0,+2,+4"
                    + " (vehicles, teams; percent for stock, shelter-capacity, hospital-beds in 10 %% steps)")
    List<String> vary;

    @Option(names = {"-n", "--replications"}, paramLabel = "N", defaultValue = "10",
            description = "每个方案的重复次数（首批）/ replications per variant (first batch; default ${DEFAULT-VALUE})")
    int replications;

    @Option(names = "--seed", paramLabel = "S", description = "主随机种子 / master seed (default: the scenario's)")
    Long seed;

    @Option(names = "--master", paramLabel = "URL", defaultValue = "local[*]",
            description = "Spark master：local[*]、local[2]、spark://host:7077 … (default ${DEFAULT-VALUE})")
    String master;

    @Option(names = "--threads", paramLabel = "T",
            description = "不用 Spark，用本机 T 个线程（0 = 全部核心）/ no Spark: this JVM's threads (0 = all cores)")
    Integer threads;

    @Option(names = "--until-halfwidth", paramLabel = "H",
            description = "逐批增加重复，直到每个目标 95%% 区间半宽 < H / add batches until every target's 95 %% half-width < H")
    Double untilHalfwidth;

    @Option(names = "--batch", paramLabel = "B", description = "每批增加的重复次数 / replications per added batch (default: N)")
    Integer batch;

    @Option(names = "--max-replications", paramLabel = "M", defaultValue = "200",
            description = "逐批增加的上限 / cap with --until-halfwidth (default ${DEFAULT-VALUE})")
    int maxReplications;

    @Option(names = "--map", paramLabel = "PATH", description = "OSM 地图文件 / OSM extract instead of searching for the scenario's")
    Path map;

    @Option(names = "--out", paramLabel = "DIR", description = "输出目录 / output folder (default runs/<scenario>-sweep-<time>)")
    Path out;

    private final PrintStream stdout;
    private final PrintStream stderr;

    public SweepMain() {
        this(new PrintStream(System.out, true, StandardCharsets.UTF_8), new PrintStream(System.err, true, StandardCharsets.UTF_8));
    }

    SweepMain(PrintStream out, PrintStream err) {
        this.stdout = out;
        this.stderr = err;
    }

    /** Entry point of {@code drillsim-sweep.jar}; the launcher passes {@code sweep …}. */
    public static void main(String[] args) {
        String[] rest = args.length > 0 && args[0].equals("sweep") ? Arrays.copyOfRange(args, 1, args.length) : args;
        int code = new CommandLine(new SweepMain()).execute(rest);
        System.exit(code);
    }

    @Override
    public Integer call() {
        ScenarioSource src;
        ScenarioSite base;
        List<Axis> axes = new ArrayList<>();
        Sweep.Settings settings;
        long masterSeed;
        try {
            for (String v : vary) {
                axes.add(Axis.parse(v));
            }
            src = ScenarioSource.of(scenario, map);
            masterSeed = seed != null ? seed : src.scenario().seed();
            settings = new Sweep.Settings(replications, batch != null ? batch : replications,
                    Math.max(maxReplications, replications), untilHalfwidth != null ? untilHalfwidth : Double.NaN);
            base = src.buildSite();
        } catch (ScenarioException e) {
            e.errors().forEach(stderr::println);
            return 2;
        } catch (RuntimeException e) {
            stderr.println("drillsim sweep: " + e.getMessage());
            return 2;
        }
        SweepGrid grid = new SweepGrid(axes);
        SweepWork work = new SweepWork(src, grid, masterSeed);
        int points;
        try {
            points = grid.points(base).size();
        } catch (IllegalArgumentException e) {
            stderr.println("drillsim sweep: " + e.getMessage());
            return 2;
        }
        Path dir = out != null ? out : Path.of("runs", base.scenario().id() + "-sweep-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        stderr.printf("方案扫描 / sweep: %s, %d 个方案 variants × %d 次重复 replications, seed %d%n", base.scenario().id(),
                points, replications, masterSeed);
        boolean tty = System.console() != null;
        Sweep.Result r;
        try (Engine engine = threads != null ? new ThreadEngine(threads) : new SparkEngine(master)) {
            stderr.println("引擎 / engine: " + engine.describe());
            r = Sweep.run(work, base, engine, settings, n -> {
                if (tty) {
                    stderr.print("\r已完成 / done: " + n + " 次重复 replications");
                } else if (n % points == 0) {
                    stderr.println("已完成 / done: " + n + " 次重复 replications");
                }
            });
        } catch (RuntimeException e) {
            stderr.println();
            stderr.println("drillsim sweep: " + e.getMessage());
            return 1;
        }
        if (tty) {
            stderr.println();
        }
        stdout.println();
        stdout.print(SweepOutput.table(r));
        stdout.printf(Locale.ROOT, "%d 个方案 × %d 次重复 / variants × replications, %d 批 batches%s; %s; %.1f s, %.0f 次/分钟 replications a minute%n",
                r.variants().size(), r.replications(), r.batches(),
                untilHalfwidth == null ? "" : r.narrow() ? ", 半宽已达标 / half-width goal met"
                        : ", 半宽未达标（已到上限）/ half-width goal NOT met (cap reached)",
                r.engine(), r.wallSeconds(), 60.0 * r.variants().size() * r.replications() / r.wallSeconds());
        try {
            SweepOutput.write(r, base, work, dir);
        } catch (IOException e) {
            stderr.println("drillsim sweep: cannot write " + dir + ": " + e.getMessage());
            return 1;
        }
        stdout.println("输出 / output: " + dir + " (" + SweepOutput.JSON + ", " + SweepOutput.CSV + ", <variant>/scorecard.json)");
        return 0;
    }
}
