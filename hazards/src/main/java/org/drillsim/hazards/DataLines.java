package org.drillsim.hazards;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The data rows of a comma-separated table shipped with a model (chemicals, fuel models): blank lines and lines
 * starting with '#' skipped, every row with its line number so a bad row is named as {@code resource:line}.
 */
public final class DataLines {

    /** One row: its 1-based line number in the resource and its comma-separated fields (empty ones kept). */
    public record Row(int line, String[] fields) {
    }

    private DataLines() {
    }

    /**
     * The rows of {@code resource} on {@code owner}'s class path.
     *
     * @throws IllegalStateException  the resource is missing
     * @throws UncheckedIOException   it cannot be read
     */
    public static List<Row> read(Class<?> owner, String resource) {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(new Row(n, line.split(",", -1)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return rows;
    }
}
