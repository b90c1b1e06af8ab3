package org.drillsim.cli;

import org.drillsim.routing.MapLocator;
import org.drillsim.scenarios.io.ScenarioError;
import org.drillsim.scenarios.io.ScenarioException;
import org.drillsim.scenarios.library.ScenarioLibrary;
import org.drillsim.scenarios.model.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code drillsim validate FILE…}: checks scenario files and prints every problem, one line each
 * ({@code file:line:col: field: what was expected}). Exit code 0 when all are valid, 2 otherwise.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"检查情景文件，逐行列出全部错误 / check scenario files and list every error, one per line",
                "Exit code 0 = valid, 2 = errors."})
public final class ValidateCommand implements Callable<Integer> {
    /** Exit code for invalid input. */
    public static final int EXIT_INVALID = 2;

    @Parameters(arity = "1..*", paramLabel = "FILE",
            description = "scenario file (YAML or JSON) or built-in scenario id / 情景文件或内置情景名")
    List<String> files;

    @Option(names = "--map", paramLabel = "PATH", description = "map extract to use instead of searching for the scenario's one")
    Path map;

    @Option(names = "--no-map-check", description = "do not look for the map extract / 不检查地图文件是否存在")
    boolean noMapCheck;

    private final PrintStream out;
    private final PrintStream err;

    public ValidateCommand() {
        this(System.out, System.err);
    }

    /** For tests: write to the given streams. */
    ValidateCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        int bad = 0;
        for (String f : files) {
            try {
                Scenario s = ScenarioLibrary.resolve(f, noMapCheck ? null : mapProblem());
                out.println("✓ " + f + ": 有效 / valid — " + s.name().both() + " (" + s.hazards().size() + " hazards, "
                        + s.targets().size() + " targets, " + s.injects().size() + " injects, "
                        + s.horizonHours() + " h)");
            } catch (ScenarioException e) {
                bad++;
                for (ScenarioError line : e.errors()) {
                    err.println(line);
                }
                err.println("✗ " + f + ": " + e.errors().size() + " 个错误 / error" + (e.errors().size() == 1 ? "" : "s"));
            } catch (RuntimeException e) {
                // A bug, not bad input: still one line, no stack trace.
                bad++;
                err.println(f + ":0:0: (internal): " + e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        return bad == 0 ? 0 : EXIT_INVALID;
    }

    /** The map lookup: null when the extract is found, else one line saying where we looked. */
    private Function<String, String> mapProblem() {
        if (map != null) {
            return name -> Files.isRegularFile(map) ? null : "map file not found: --map " + map + "; expected an OSM extract file";
        }
        return name -> MapLocator.find(name).isPresent() ? null
                : "map extract '" + name + "' not found in " + MapLocator.searchPath().stream().map(Path::toString)
                .collect(Collectors.joining(", ")) + "; expected the file there or --map PATH (or --no-map-check)";
    }
}
