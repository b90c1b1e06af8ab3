package org.drillsim.cli;

import org.drillsim.routing.MapImportException;
import org.drillsim.routing.MapLocator;
import org.drillsim.format.io.ScenarioError;
import org.drillsim.format.io.ScenarioException;
import org.drillsim.format.library.ScenarioLibrary;
import org.drillsim.format.model.Scenario;
import org.drillsim.world.PlanArea;
import org.drillsim.world.ScenarioSite;
import org.drillsim.world.SiteLoader;
import org.drillsim.ui.TrainerLauncher;
import org.drillsim.ui.drill.JoinLauncher;
import org.drillsim.ui.i18n.Messages;
import org.drillsim.ui.journal.Journal;
import org.drillsim.ui.journal.JournalException;
import org.drillsim.ui.session.DrillRole;
import org.drillsim.ui.session.DrillSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * {@code drillsim ui [SCENARIO] [--role controller|trainee] [--lang zh|en] [--manual AREAS] [--journal FILE]
 * [--resume FILE] [--seed S] [--map PATH]}: opens the tabletop-drill trainer. Every decision is appended to
 * the journal as it is made; {@code --resume} reopens a drill after a crash by re-simulating it.
 */
@Command(name = "ui", mixinStandardHelpOptions = true,
        description = {"打开桌面推演界面 / open the tabletop-drill trainer",
                "每项决策即时写入推演记录；--resume 从记录恢复 / every decision is journaled; --resume reopens a drill"})
public final class UiCommand implements Callable<Integer> {
    /** Areas the trainees run by default: the strategic decisions; the plan keeps routine ambulance dispatch. */
    static final String DEFAULT_MANUAL = "evacuation,shelter,supplies,roads";

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO",
            description = "情景文件或内置情景名 / scenario file or built-in id (default " + RunCommand.DEFAULT_SCENARIO + ")")
    String scenario;

    @Option(names = "--role", paramLabel = "ROLE", defaultValue = "controller",
            description = "身份 / who uses this screen: controller（导调，可见未来注入）or trainee（参演，双盲）(default ${DEFAULT-VALUE})")
    String role;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "zh", description = "界面语言 / language: zh or en (default ${DEFAULT-VALUE})")
    String lang;

    @Option(names = "--manual", paramLabel = "AREAS", defaultValue = DEFAULT_MANUAL,
            description = "参演人员负责的处置环节，其余由预案自动执行 / plan areas the trainees run, the plan runs the rest: "
                    + "all, none or a list of medical, evacuation, shelter, supplies, roads, rescue, fire, hazmat (default ${DEFAULT-VALUE})")
    String manual;

    @Option(names = "--journal", paramLabel = "FILE", description = "新推演记录文件 / new journal file (default drills/<scenario>-<time>.jsonl)")
    Path journal;

    @Option(names = "--resume", paramLabel = "FILE", description = "从推演记录恢复 / reopen a drill from its journal")
    Path resume;

    @Option(names = "--seed", paramLabel = "S", description = "主随机种子 / master seed (default: the scenario's)")
    Long seed;

    @Option(names = "--map", paramLabel = "PATH", description = "OSM 地图文件 / OSM extract instead of searching for the scenario's")
    Path map;

    @Option(names = "--join", paramLabel = "HOST:PORT", description = "加入联合推演 / join a joint drill hosted by drillsim drill serve")
    String join;

    @Option(names = "--seat", paramLabel = "SEAT", description = "席位 / seat with --join: 医疗救护组、转移安置组、物资保障组、交通保障组、抢险救援组 or 导调组")
    String seat;

    @Option(names = "--name", paramLabel = "NAME", description = "姓名 / your name with --join")
    String name;

    @Option(names = "--code", paramLabel = "CODE", description = "本席位推演码 / the seat's drill code with --join")
    String code;

    private final PrintStream stderr;

    public UiCommand() {
        this(System.err);
    }

    UiCommand(PrintStream err) {
        this.stderr = err;
    }

    @Override
    public Integer call() {
        if (join != null) return joinDrill();
        Locale language;
        DrillRole drillRole;
        Set<PlanArea> areas;
        try {
            language = Messages.parseLanguage(lang);
            drillRole = DrillRole.parse(role);
            areas = DrillSession.parseAreas(Arrays.asList(manual.split(",")));
        } catch (IllegalArgumentException e) {
            stderr.println("drillsim ui: " + e.getMessage());
            return 2;
        }
        // Everything that can be checked without a screen first, with exit code 2; then the screen (exit 1),
        // before a map is loaded or a journal is created.
        String name;
        try {
            if (resume != null) {
                if (!Files.isRegularFile(resume)) throw new IllegalArgumentException(resume + ": no such journal / 推演记录不存在");
                // read and checked without changing the file: chain, order, scenario and its hash, seed, horizon
                Journal.Contents c = Journal.read(resume);
                Journal.checkAgainst(c, ScenarioLibrary.resolve(scenario != null ? scenario : c.header().scenario(), null), seed);
                name = null;
            } else {
                name = scenarioName();
            }
        } catch (ScenarioException e) {
            for (ScenarioError err : e.errors()) stderr.println(err);
            return 2;
        } catch (JournalException | IllegalArgumentException e) {
            stderr.println("drillsim ui: " + e.getMessage());
            return 2;
        }
        String noScreen = TrainerLauncher.displayProblem();
        if (noScreen != null) {
            stderr.println("drillsim ui: " + noScreen);
            return 1;
        }
        // The window opens at once with a splash; the map and the world load behind it (seconds for a city).
        TrainerLauncher.Loader loader = progress -> {
            DrillSession session = resume != null ? resume(progress) : start(name, areas, progress);
            if (session.journal().tornTailNotice() != null) stderr.println("drillsim ui: " + session.journal().tornTailNotice());
            stderr.println("推演记录 / journal: " + session.journal().file().toAbsolutePath());
            return session;
        };
        try {
            TrainerLauncher.run(new TrainerLauncher.Loading(language, drillRole, loader));
        } catch (TrainerLauncher.LoadFailedException failed) {
            Throwable e = failed.getCause();
            if (e instanceof ScenarioException se) {
                for (ScenarioError err : se.errors()) stderr.println(err);
            } else if (e instanceof MapImportException || e instanceof JournalException || e instanceof IllegalArgumentException) {
                stderr.println("drillsim ui: " + e.getMessage());
            } else {
                stderr.println("drillsim ui: " + e);
            }
            return 2;
        } catch (IllegalStateException e) {
            stderr.println("drillsim ui: " + e.getMessage());
            return 1;
        }
        return 0;
    }

    /** {@code --join}: a seat window or the controller console of a hosted drill. */
    private int joinDrill() {
        if (seat == null || code == null) {
            stderr.println("drillsim ui: --join needs --seat and --code / 加入推演需要 --seat 与 --code");
            return 2;
        }
        String noScreen = TrainerLauncher.displayProblem();
        if (noScreen != null) {
            stderr.println("drillsim ui: " + noScreen);
            return 1;
        }
        try {
            JoinLauncher.join(join, seat, name, code);
        } catch (IllegalArgumentException e) {
            stderr.println("drillsim ui: " + e.getMessage());
            return 2;
        } catch (TimeoutException | java.util.concurrent.CompletionException e) {
            stderr.println("drillsim ui: cannot reach the drill at " + join + " / 无法连接推演服务: " + e.getMessage());
            return 2;
        }
        JoinLauncher.run();
        return 0;
    }

    /** The scenario to open: the one named, or the default (the synthetic one when the Harbin extract is missing). */
    private String scenarioName() throws ScenarioException {
        if (scenario != null) {
            ScenarioLibrary.resolve(scenario, null); // fails with file:line:col errors before anything else
            return scenario;
        }
        Scenario s = ScenarioLibrary.resolve(RunCommand.DEFAULT_SCENARIO, null);
        if (map == null && s.map().extract() != null && MapLocator.find(s.map().extract()).isEmpty()) {
            stderr.println("未找到哈尔滨地图 " + s.map().extract() + "，改用合成情景 " + RunCommand.FALLBACK_SCENARIO
                    + " / the Harbin extract was not found; using the synthetic scenario " + RunCommand.FALLBACK_SCENARIO
                    + " (pass --map PATH or set DRILLSIM_MAPS)");
            return RunCommand.FALLBACK_SCENARIO;
        }
        return RunCommand.DEFAULT_SCENARIO;
    }

    private DrillSession start(String name, Set<PlanArea> areas, Consumer<String> progress) throws ScenarioException {
        ScenarioSite site = loadSite(name, progress);
        Path file = journal != null ? journal : CliPaths.stamped("drills", site.scenario().id(), ".jsonl");
        long runSeed = seed != null ? seed : site.scenario().seed();
        return DrillSession.start(site, name, runSeed, areas, file);
    }

    private DrillSession resume(Consumer<String> progress) {
        return DrillSession.resume(resume, h -> {
            try {
                return loadSite(scenario != null ? scenario : h.scenario(), progress);
            } catch (ScenarioException e) {
                throw new IllegalArgumentException(resume + ": scenario " + h.scenario() + ": " + e.getMessage(), e);
            }
        });
    }

    private ScenarioSite loadSite(String name, Consumer<String> progress) throws ScenarioException {
        return loadSite(name, map, stderr, progress);
    }

    /** Loads a scenario's site for the trainer and the drill server, printing its notes. */
    static ScenarioSite loadSite(String name, Path map, PrintStream stderr) throws ScenarioException {
        return loadSite(name, map, stderr, line -> { });
    }

    /** As {@link #loadSite(String, Path, PrintStream)}, telling {@code progress} (the splash) each loading step too. */
    static ScenarioSite loadSite(String name, Path map, PrintStream stderr, Consumer<String> progress) throws ScenarioException {
        Scenario s = ScenarioLibrary.resolve(name, null);
        ScenarioSite site = SiteLoader.load(s, CliPaths.scenarioDir(name), map, line -> {
            stderr.println(line);
            progress.accept(line);
        });
        for (String n : site.notes()) stderr.println(n);
        return site;
    }
}
