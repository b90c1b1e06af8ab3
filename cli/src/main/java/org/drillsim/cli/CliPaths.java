package org.drillsim.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Paths the commands derive from their arguments, in one place so every command agrees. */
final class CliPaths {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private CliPaths() {
    }

    /**
     * The folder of a scenario given as a file (its relative paths, e.g. flood extents, resolve there), or
     * {@code null} for a built-in scenario id (or no scenario).
     */
    static Path scenarioDir(String scenario) {
        if (scenario == null) {
            return null;
        }
        Path p = Path.of(scenario);
        return Files.isRegularFile(p) ? p.toAbsolutePath().getParent() : null;
    }

    /** {@code <parent>/<name>-<yyyyMMdd-HHmmss><extension>}: a new output named after the local time. */
    static Path stamped(String parent, String name, String extension) {
        return Path.of(parent, name + "-" + LocalDateTime.now().format(STAMP) + extension);
    }
}
