package org.drillsim.sweep;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One {@code --vary} option: a resource and the amounts added to it, e.g. {@code ambulances=+0,+2,+4} (vehicles or
 * teams added) or {@code stock:water-litres=+0,+50} (percent added, in the gap search's 10 % steps).
 *
 * @param resource the gap search's resource id ({@code ambulance}, {@code medical-team}, {@code shelter-capacity} …)
 * @param amounts  amounts added, in the resource's unit, in the order given
 */
public record Axis(String resource, double[] amounts) implements Serializable {

    /** Parses {@code name=+a,+b,…}; a plural name ({@code ambulances}) is read as the resource id. */
    public static Axis parse(String option) {
        int eq = option.indexOf('=');
        if (eq <= 0 || eq == option.length() - 1) {
            throw new IllegalArgumentException("--vary expects RESOURCE=+a,+b,… (e.g. ambulances=+0,+2,+4), got '" + option + "'");
        }
        String name = option.substring(0, eq).strip().toLowerCase(Locale.ROOT);
        List<Double> values = new ArrayList<>();
        for (String v : option.substring(eq + 1).split(",")) {
            String t = v.strip();
            if (t.endsWith("%")) {
                t = t.substring(0, t.length() - 1);
            }
            try {
                double a = Double.parseDouble(t);
                if (a < 0 || !Double.isFinite(a)) {
                    throw new NumberFormatException();
                }
                values.add(a);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--vary " + name + ": '" + v.strip() + "' is not an amount to add (+0, +2 …)");
            }
        }
        return new Axis(name, values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** The resource id with a plural {@code s} dropped when that is what the scenario calls it. */
    public String resourceIn(List<String> known) {
        if (known.contains(resource)) {
            return resource;
        }
        if (resource.endsWith("s") && known.contains(resource.substring(0, resource.length() - 1))) {
            return resource.substring(0, resource.length() - 1);
        }
        throw new IllegalArgumentException("--vary: unknown or absent resource '" + resource + "'; this scenario has: "
                + String.join(", ", known));
    }
}
