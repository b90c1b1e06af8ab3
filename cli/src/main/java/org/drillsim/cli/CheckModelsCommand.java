package org.drillsim.cli;

import org.drillsim.hazards.check.ModelChecks;
import org.drillsim.hazards.check.ReferenceCase;
import picocli.CommandLine.Command;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code drillsim check-models}: every hazard model against its published reference values (the cases of the
 * hazards module's {@code reference-cases.csv}, also run by {@code ModelChecksTest}). Exit 1 when any fails.
 */
@Command(name = "check-models", mixinStandardHelpOptions = true,
        description = {"模型与文献参考值核对 / check every hazard model against its published reference values"})
public final class CheckModelsCommand implements Callable<Integer> {
    private final PrintStream out;

    public CheckModelsCommand() {
        this(System.out);
    }

    CheckModelsCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() {
        ModelChecks.Report report = ModelChecks.run();
        String model = null;
        for (ModelChecks.Outcome o : report.outcomes()) {
            ReferenceCase c = o.reference();
            if (!c.model().equals(model)) {
                model = c.model();
                out.println();
                out.println("== " + model);
            }
            out.printf(Locale.ROOT, "  %-4s %-36s inputs %s%n", o.passed() ? "PASS" : "FAIL", c.name(),
                    String.join(";", c.inputs().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList()));
            out.printf(Locale.ROOT, "       published %-10s DrillSim %-10s tolerance %-7s source: %s%n",
                    ReferenceCase.plain(c.expected()), ReferenceCase.plain(o.actual()), c.toleranceText(), c.source());
        }
        out.println();
        // The issue asks for "RESULT models_failing=<n>", the brief for "N passed, M failing": one line says both.
        out.printf(Locale.ROOT, "%d passed, %d failing  RESULT models_failing=%d%n", report.passed(), report.failing(),
                report.failing());
        return report.failing() == 0 ? 0 : 1;
    }
}
