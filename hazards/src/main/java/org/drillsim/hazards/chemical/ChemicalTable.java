package org.drillsim.hazards.chemical;

import org.drillsim.hazards.DataLines;

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
        for (DataLines.Row row : DataLines.read(ChemicalTable.class, RESOURCE)) {
            String[] f = row.fields();
            if (f.length != 13) {
                throw new IllegalStateException(RESOURCE + ":" + row.line() + ": expected 13 comma-separated fields, got " + f.length);
            }
            try {
                Chemical c = new Chemical(f[0], f[1], f[2], f[3], Double.parseDouble(f[4]),
                        Double.parseDouble(f[5]), Double.parseDouble(f[6]), Double.parseDouble(f[7]),
                        num(f[8]), num(f[9]), num(f[10]), Double.parseDouble(f[11]), f[12]);
                out.put(c.id(), c);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(RESOURCE + ":" + row.line() + ": " + e.getMessage(), e);
            }
        }
        return Collections.unmodifiableMap(out);
    }

    private static double num(String s) {
        return s.isBlank() ? Double.NaN : Double.parseDouble(s);
    }
}
