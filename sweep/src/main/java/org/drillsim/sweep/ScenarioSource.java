package org.drillsim.sweep;

import org.drillsim.format.io.ScenarioException;
import org.drillsim.format.io.ScenarioLoader;
import org.drillsim.format.library.ScenarioLibrary;
import org.drillsim.format.model.Scenario;
import org.drillsim.world.ScenarioSite;
import org.drillsim.world.SiteLoader;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A scenario as it travels to the executors: its file text (not a path the executor may not have), the name used
 * in messages, the folder its relative paths resolve against and the {@code --map} option (both must exist on the
 * executors of a cluster), and a key (hash of all four) under which each executor JVM caches the built site.
 *
 * @param text     the scenario file's text
 * @param fileName file name for messages ({@code .json} selects JSON)
 * @param baseDir  folder of the scenario file, or null for a built-in scenario
 * @param map      explicit OSM extract, or null
 * @param key      SHA-256 of the above
 */
public record ScenarioSource(String text, String fileName, String baseDir, String map, String key) implements Serializable {

    /** A scenario file or built-in id (an existing file wins, as in every other command). */
    public static ScenarioSource of(String idOrPath, Path map) {
        Path p = Path.of(idOrPath);
        String text;
        String name;
        String dir = null;
        if (Files.isRegularFile(p)) {
            try {
                text = Files.readString(p, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + p + ": " + e.getMessage(), e);
            }
            name = p.getFileName().toString();
            dir = p.toAbsolutePath().getParent().toString();
        } else {
            text = ScenarioLibrary.text(idOrPath);
            name = idOrPath + ".yaml";
        }
        String m = map == null ? null : map.toAbsolutePath().toString();
        return new ScenarioSource(text, name, dir, m, hash(text, name, dir, m));
    }

    /** The checked scenario. */
    public Scenario scenario() throws ScenarioException {
        return ScenarioLoader.parse(text, fileName, baseDir == null ? null : Path.of(baseDir), null);
    }

    /** Builds the site (map, population, hazard timeline): the expensive step, done once per JVM via the cache. */
    public ScenarioSite buildSite() {
        try {
            return SiteLoader.load(scenario(), baseDir == null ? null : Path.of(baseDir), map == null ? null : Path.of(map),
                    null);
        } catch (ScenarioException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static String hash(String... parts) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            for (String s : parts) {
                d.update(String.valueOf(s).getBytes(StandardCharsets.UTF_8));
                d.update((byte) 0);
            }
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
