package org.drillsim.routing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds a map extract: an explicit {@code --map PATH} first, then the directories of
 * {@code -Ddrillsim.maps} (the packaged application's own maps), {@code $DRILLSIM_MAPS}, {@code ./maps}, {@code ../shared/maps}, each relative to the working
 * directory and to the project root (the nearest parent directory holding the {@code drillsim}
 * launcher). A bare name such as {@code harbin} also matches {@code harbin.osm.pbf},
 * {@code harbin.osm.gz} and {@code harbin.osm}.
 */
public final class MapLocator {
    private static final String[] EXTENSIONS = {"", ".osm.pbf", ".osm.gz", ".osm", ".pbf"};
    /** System property naming a maps folder searched first: set by the packaged application to its bundled maps. */
    public static final String PROPERTY = "drillsim.maps";

    private MapLocator() {
    }

    /**
     * The extract to use.
     *
     * @param nameOrPath a file name, base name ({@code harbin}) or path; may be null when {@code explicitOrNull} is given
     * @param explicitOrNull the {@code --map} option; when set it must exist
     * @throws MapImportException one line saying where it looked and how to get an extract
     */
    public static Path locate(String nameOrPath, Path explicitOrNull) {
        if (explicitOrNull != null) {
            if (Files.isRegularFile(explicitOrNull)) return explicitOrNull;
            throw new MapImportException("找不到地图文件 / map file not found: --map " + explicitOrNull
                    + " (download a regional OSM extract, e.g. from download.geofabrik.de or extract.bbbike.org, and pass --map PATH)");
        }
        if (nameOrPath == null || nameOrPath.isBlank()) throw new IllegalArgumentException("no map name or path given");
        return find(nameOrPath).orElseThrow(() -> new MapImportException("找不到地图 / map '" + nameOrPath + "' not found; looked in "
                + searchPath().stream().map(Path::toString).collect(Collectors.joining(", "))
                + " — download a regional OSM extract (e.g. from download.geofabrik.de or extract.bbbike.org) and pass --map PATH or set DRILLSIM_MAPS"));
    }

    /** Like {@link #locate} without an explicit path, but empty instead of an error (for a fallback map). */
    public static Optional<Path> find(String nameOrPath) {
        Path direct = Path.of(nameOrPath);
        if (Files.isRegularFile(direct)) return Optional.of(direct);
        for (Path dir : searchPath()) {
            for (String ext : EXTENSIONS) {
                Path p = dir.resolve(nameOrPath + ext);
                if (Files.isRegularFile(p)) return Optional.of(p.normalize());
            }
        }
        return Optional.empty();
    }

    /** The directories searched, in order (existing or not). */
    public static List<Path> searchPath() {
        Set<Path> dirs = new LinkedHashSet<>();
        String bundled = System.getProperty(PROPERTY);
        if (bundled != null && !bundled.isBlank()) dirs.add(Path.of(bundled).toAbsolutePath().normalize());
        String env = System.getenv("DRILLSIM_MAPS");
        if (env != null && !env.isBlank()) {
            for (String part : env.split(java.io.File.pathSeparator)) if (!part.isBlank()) dirs.add(Path.of(part).toAbsolutePath().normalize());
        }
        Path cwd = Path.of("").toAbsolutePath();
        List<Path> bases = new ArrayList<>();
        bases.add(cwd);
        projectRoot(cwd).ifPresent(bases::add);
        for (Path base : bases) {
            dirs.add(base.resolve("maps").normalize());
            dirs.add(base.resolve("../shared/maps").normalize());
        }
        return new ArrayList<>(dirs);
    }

    /** The nearest directory at or above {@code start} holding the {@code drillsim} launcher and a pom.xml. */
    static Optional<Path> projectRoot(Path start) {
        for (Path p = start; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("drillsim")) && Files.isRegularFile(p.resolve("pom.xml"))) return Optional.of(p);
        }
        return Optional.empty();
    }
}
