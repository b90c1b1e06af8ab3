package org.drillsim.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code drillsim} command. Each subcommand lives in its own class and is registered in
 * {@link #commandLine()} — one line per command, so parallel work on different commands does not collide.
 */
@Command(name = "drillsim", mixinStandardHelpOptions = true, version = "DrillSim 0.1.0",
        description = {"DrillSim — 应急预案推演与评估 / emergency-plan drill simulator"})
public final class Main implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /** Without a subcommand: the usage, listing every registered subcommand. */
    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** The command line with every subcommand registered. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.addSubcommand("help", new CommandLine.HelpCommand());
        // subcommands: (keep one per line)
        cl.addSubcommand("export", new ExportCommand());
        cl.addSubcommand("gap", new GapCommand());
        cl.addSubcommand("site", new SiteCommand());
        cl.addSubcommand("validate", new ValidateCommand());
        cl.addSubcommand("hazard", new HazardCommand());
        cl.addSubcommand("scenarios", new ScenariosCommand());
        cl.addSubcommand("run", new RunCommand());
        cl.addSubcommand("ui", new UiCommand());
        cl.addSubcommand("drill", new DrillCommand());
        cl.addSubcommand("check-models", new CheckModelsCommand());
        cl.addSubcommand("import", new ImportCommand());
        cl.addSubcommand("package", new PackageCommand());
        cl.addSubcommand("map", new MapCommand());
        cl.addSubcommand("register", new RegisterCommand());
        return cl;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
