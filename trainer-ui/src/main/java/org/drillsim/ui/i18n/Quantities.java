package org.drillsim.ui.i18n;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers with units and comparisons as a reader expects them on screen: {@code ≥ 2.5 m²/人}, {@code ≤ 2 小时}
 * ({@code ≥ 2.5 m²/person}, {@code ≤ 2 h}). The model's ASCII spellings ({@code >=}, {@code m2/person}) are
 * looked up in the message bundles ({@code cmp.*}, {@code measure.*}).
 */
public final class Quantities {
    private Quantities() {
    }

    /** A comparison operator ({@code >=}, {@code <=}, {@code <}, {@code >}) as its symbol. */
    public static String comparison(String op, Messages msg) {
        String key = switch (op == null ? "" : op.trim()) {
            case ">=", "≥" -> "cmp.ge";
            case "<=", "≤" -> "cmp.le";
            case "<" -> "cmp.lt";
            case ">" -> "cmp.gt";
            default -> null;
        };
        return key == null ? String.valueOf(op) : msg.get(key);
    }

    /** A unit id of the target catalogue ({@code h}, {@code m2/person}, {@code km}, {@code d}, {@code %}, {@code people}) in words. */
    public static String unit(String unit, Messages msg) {
        if (unit == null || unit.isBlank()) return "";
        String key = "measure." + unit.trim().replace('/', '-');
        return msg.has(key) ? msg.get(key) : unit;
    }

    /** A value with its unit, e.g. {@code 0.75 m²/人}, {@code 2 小时}, {@code 95%}. */
    public static String amount(double value, String unit, Messages msg) {
        String u = unit(unit, msg);
        if (u.isEmpty()) return number(value);
        return "%".equals(unit.trim()) ? number(value) + "%" : number(value) + " " + u;
    }

    /** A requirement such as {@code ≥ 2.5 m²/人}. */
    public static String requirement(String op, double threshold, String unit, Messages msg) {
        return comparison(op, msg) + " " + amount(threshold, unit, msg);
    }

    /** A share 0..1 as a percentage with {@code decimals} decimals, e.g. {@code 62.5%}. */
    public static String percent(double share, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f%%", 100 * share);
    }

    /** A number with thousands separators and at most two decimals, trailing zeros dropped ({@code 2.50} → {@code 2.5}). */
    public static String number(double v) {
        if (Double.isNaN(v)) return "—";
        return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(v);
    }
}
