package org.drillsim.format.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Input files named inside a scenario (e.g. a flood's {@code extentsGeoJson}) resolve inside the scenario's folder,
 * so a shared scenario file cannot make DrillSim read anywhere on the machine. {@code DRILLSIM_ALLOW_PATHS=1} lets
 * the user allow other places. The one rule for validation and for building the hazard.
 */
public final class ScenarioPaths {
    /** Environment variable that allows paths outside the scenario's folder. */
    public static final String ALLOW_ENV = "DRILLSIM_ALLOW_PATHS";

    private ScenarioPaths() {
    }

    /**
     * {@code name} against {@code baseDir} (the working directory when null).
     *
     * @throws IllegalArgumentException when the path (links followed) leaves the folder and outside paths are not allowed
     */
    public static Path resolve(Path baseDir, String name) {
        Path base = (baseDir == null ? Path.of("") : baseDir).toAbsolutePath().normalize();
        Path file = base.resolve(name).normalize();
        if (allowed()) {
            return file;
        }
        Path real = file;
        Path realBase = base;
        try {
            realBase = base.toRealPath();
            if (Files.exists(file)) {
                real = file.toRealPath();
            }
        } catch (IOException e) {
            // not resolvable: judged by its normalized name
        }
        if (!real.startsWith(realBase) && !file.startsWith(base)) {
            throw new IllegalArgumentException("路径在情景文件所在文件夹之外 / the path leaves the scenario's folder; "
                    + "expected a path inside it (set " + ALLOW_ENV + "=1 to allow others)");
        }
        if (!real.startsWith(realBase)) {
            throw new IllegalArgumentException("路径经链接指向情景文件夹之外 / the path links outside the scenario's folder; "
                    + "expected a file inside it (set " + ALLOW_ENV + "=1 to allow others)");
        }
        return file;
    }

    private static boolean allowed() {
        return "1".equals(System.getenv(ALLOW_ENV)) || Boolean.getBoolean("drillsim.allowPaths");
    }
}
