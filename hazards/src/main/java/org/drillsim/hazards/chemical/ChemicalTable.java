package org.drillsim.hazards.chemical;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The built-in chemical table, read from the resource {@code /hazard/chemicals.csv} (AEGL values and
 * probits with their sources in the file's header comments).
 */
public final class ChemicalTable {

    private static final String RESOURCE = "/hazard/chemicals.csv";
    private static volatile Map<String, Chemical> table;

    private ChemicalTable() {
    }

    /**
     * The chemical with this id.
     *
     * @throws IllegalArgumentException naming the known ids when there is no such chemical
     */
    public static Chemical get(String id) {
        Chemical c = all().get(id);
        if (c == null) {
            throw new IllegalArgumentException("unknown chemical '" + id + "', expected one of " + ids());
        }
        return c;
    }

    /** The known chemical ids, in file order. */
    public static Set<String> ids() {
        return all().keySet();
    }

    /** All chemicals by id, in file order. */
    public static Map<String, Chemical> all() {
        Map<String, Chemical> t = table;
        if (t == null) {
            t = load();
            table = t;
        }
        return t;
    }

    private static Map<String, Chemical> load() {
        Map<String, Chemical> out = new LinkedHashMap<>();
        try (InputStream in = ChemicalTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource " + RESOURCE + " missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(",", -1);
                if (f.length != 12) {
                    throw new IllegalStateException(RESOURCE + ":" + n + ": expected 12 comma-separated fields, got " + f.length);
                }
                try {
                    Chemical c = new Chemical(f[0], f[1], f[2], f[3], Double.parseDouble(f[4]),
                            Double.parseDouble(f[5]), Double.parseDouble(f[6]), Double.parseDouble(f[7]),
                            num(f[8]), num(f[9]), num(f[10]), f[11]);
                    out.put(c.id(), c);
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException(RESOURCE + ":" + n + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return Collections.unmodifiableMap(out);
    }

    private static double num(String s) {
        return s.isBlank() ? Double.NaN : Double.parseDouble(s);
    }
}
