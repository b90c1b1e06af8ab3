package org.drillsim.format.library;

import org.drillsim.format.io.ScenarioException;
import org.drillsim.format.io.ScenarioLoader;
import org.drillsim.format.model.Scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * The built-in scenarios, shipped as resources {@code /scenarios/<id>.yaml} and listed in
 * {@code /scenarios/library.txt}. {@link #resolve} accepts a library id or a file path, so commands
 * can take either.
 */
public final class ScenarioLibrary {
    private static final String DIR = "/scenarios/";

    private ScenarioLibrary() {
    }

    /** Ids of the built-in scenarios, in library order. */
    public static List<String> ids() {
        String index = readResource(DIR + "library.txt");
        if (index == null) {
            throw new IllegalStateException("scenario library index " + DIR + "library.txt missing from the classpath");
        }
        return index.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    /** Whether {@code id} names a built-in scenario. */
    public static boolean contains(String id) {
        return ids().contains(id);
    }

    /** The YAML text of a built-in scenario. */
    public static String text(String id) {
        String text = contains(id) ? readResource(DIR + id + ".yaml") : null;
        if (text == null) {
            throw new IllegalArgumentException("no built-in scenario '" + id + "'; known: " + String.join(", ", ids()));
        }
        return text;
    }

    /** Loads and checks a built-in scenario. */
    public static Scenario load(String id) throws ScenarioException {
        return ScenarioLoader.parse(text(id), id + ".yaml");
    }

    /**
     * A library id or a path to a scenario file: an existing file wins, then a library id.
     *
     * @param mapProblem map lookup for the validator (see {@link ScenarioLoader#load(Path, Function)}); may be null
     */
    public static Scenario resolve(String idOrPath, Function<String, String> mapProblem) throws ScenarioException {
        Path p = Path.of(idOrPath);
        if (Files.isRegularFile(p)) {
            return ScenarioLoader.load(p, mapProblem);
        }
        if (contains(idOrPath)) {
            return ScenarioLoader.parse(text(idOrPath), idOrPath + ".yaml", null, mapProblem);
        }
        throw new ScenarioException(List.of(new org.drillsim.format.io.ScenarioError(idOrPath, 0, 0, "",
                "no such file and no built-in scenario of that name; expected a scenario file or one of: "
                        + String.join(", ", ids()))));
    }

    private static String readResource(String name) {
        try (InputStream in = ScenarioLibrary.class.getResourceAsStream(name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + name, e);
        }
    }
}
