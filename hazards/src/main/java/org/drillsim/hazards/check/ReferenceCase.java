package org.drillsim.hazards.check;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One published value a model must reproduce: a row of {@code /hazard/reference-cases.csv}.
 *
 * @param model     which DrillSim function is evaluated (a name known to {@link ModelChecks})
 * @param name      short description of the case
 * @param inputs    the inputs, by name, as written in the file
 * @param expected  the published value
 * @param tolerance allowed difference: a fraction of {@code expected} when {@code relative}, otherwise absolute
 * @param relative  whether {@code tolerance} is relative
 * @param source    author, year, table or page
 * @param line      line in the file (1-based), for messages
 */
public record ReferenceCase(String model, String name, Map<String, String> inputs, double expected, double tolerance,
                            boolean relative, String source, int line) {

    public ReferenceCase {
        inputs = Collections.unmodifiableMap(new LinkedHashMap<>(inputs));
        if (!(tolerance >= 0)) {
            throw new IllegalArgumentException("line " + line + ": tolerance must be >= 0, got " + tolerance);
        }
    }

    /** The tolerance in the value's unit. */
    public double absoluteTolerance() {
        return relative ? tolerance * Math.abs(expected) : tolerance;
    }

    /** Whether {@code actual} lies within the tolerance of the published value. */
    public boolean accepts(double actual) {
        return Math.abs(actual - expected) <= absoluteTolerance();
    }

    /** The tolerance as written: "2%" or "±0.002". */
    public String toleranceText() {
        return relative ? plain(tolerance * 100) + "%" : "±" + plain(tolerance);
    }

    /** A value with four significant digits and no trailing zeros, e.g. "250", "0.00001555". */
    public static String plain(double v) {
        if (!Double.isFinite(v)) {
            return String.valueOf(v);
        }
        return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }

    /** A numeric input; fails naming the line when it is missing or not a number. */
    public double number(String key) {
        String v = text(key);
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("line " + line + ": input " + key + " must be a number, got '" + v + "'");
        }
    }

    /** A text input; fails naming the line when it is missing. */
    public String text(String key) {
        String v = inputs.get(key);
        if (v == null) {
            throw new IllegalArgumentException("line " + line + ": model " + model + " needs input '" + key
                    + "', got " + inputs.keySet());
        }
        return v;
    }
}
