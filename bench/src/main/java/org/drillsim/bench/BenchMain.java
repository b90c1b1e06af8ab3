package org.drillsim.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code drillsim bench ...}: benchmarks, always side by side with a reference in the same run,
 * printing ratios and a final {@code RESULT name=value} line. Never part of the product runtime.
 */
@Command(name = "drillsim bench", mixinStandardHelpOptions = true,
        description = "Benchmarks against reference implementations; prints ratios and RESULT lines")
public final class BenchMain implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Without a subcommand: the usage, listing every registered subcommand. */
    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new BenchMain());
        // benchmarks: (keep one per line)
        cl.addSubcommand("siting", new org.drillsim.bench.siting.SitingBench());
        cl.addSubcommand("routing", new org.drillsim.bench.routing.RoutingBench());
        cl.addSubcommand("kernel", new org.drillsim.bench.kernel.KernelBench());
        cl.addSubcommand("ui", new org.drillsim.bench.ui.UiBench());
        cl.addSubcommand("scenario", new org.drillsim.bench.scenario.ScenarioBench());
        return cl;
    }

    public static void main(String[] args) {
        // The launcher passes "bench" as the first argument; drop it.
        String[] rest = args.length > 0 && args[0].equals("bench")
                ? java.util.Arrays.copyOfRange(args, 1, args.length) : args;
        System.exit(commandLine().execute(rest));
    }
}
