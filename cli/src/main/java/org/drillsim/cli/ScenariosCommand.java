package org.drillsim.cli;

import org.drillsim.format.io.ScenarioException;
import org.drillsim.format.io.TerminalText;
import org.drillsim.format.library.ScenarioLibrary;
import org.drillsim.format.model.Scenario;
import org.drillsim.format.model.TargetSpec;
import org.drillsim.hazards.HazardTypes;
import picocli.CommandLine.Command;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code drillsim scenarios}: lists the built-in scenario library. */
@Command(name = "scenarios", mixinStandardHelpOptions = true,
        description = {"列出内置情景库 / list the built-in scenarios"})
public final class ScenariosCommand implements Callable<Integer> {
    private final PrintStream out;
    private final PrintStream err;

    public ScenariosCommand() {
        this(System.out, System.err);
    }

    ScenariosCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        int bad = 0;
        out.println("内置情景 / built-in scenarios (./drillsim run ID, ./drillsim hazard ID --at 6h --geojson out.geojson):");
        for (String id : ScenarioLibrary.ids()) {
            try {
                Scenario s = ScenarioLibrary.load(id);
                String map = s.map().extract() != null ? s.map().extract()
                        : "synthetic(seed " + s.map().synthetic().seed() + ", ~" + s.map().synthetic().approxNodes() + " nodes)";
                out.printf(Locale.ROOT, "  %-22s %s%n", id, TerminalText.escape(s.name().zh()));
                out.printf(Locale.ROOT, "  %-22s %s%n", "", TerminalText.escape(s.name().en()));
                out.printf(Locale.ROOT, "  %-22s hazards: %s | %.0f h | map: %s | people: %,d | targets: %s%n", "",
                        s.hazards().stream().map(HazardTypes.installed()::label).collect(Collectors.joining(", ")),
                        s.horizonHours(), map, s.population().totalPeople(),
                        s.targets().stream().map(TargetSpec::id).collect(Collectors.joining(", ")));
            } catch (ScenarioException e) {
                bad++;
                e.errors().forEach(err::println);
            }
        }
        return bad == 0 ? 0 : 2;
    }
}
