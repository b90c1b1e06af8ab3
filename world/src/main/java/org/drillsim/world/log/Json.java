package org.drillsim.world.log;

import java.math.BigDecimal;

/** Minimal, deterministic JSON text helpers for the event log and the run files. */
public final class Json {
    private Json() {
    }

    /** Appends {@code s} as a JSON string literal. */
    public static void quote(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    /** {@code s} as a JSON string literal. */
    public static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        quote(sb, s);
        return sb.toString();
    }

    /**
     * Appends a number: integers without a fraction, others with at most 6 decimals (no exponent),
     * non-finite as {@code null}.
     */
    public static void number(StringBuilder sb, double v) {
        if (!Double.isFinite(v)) {
            sb.append("null");
        } else if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            sb.append((long) v);
        } else {
            sb.append(BigDecimal.valueOf(v).setScale(6, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString());
        }
    }

    /** A share 0..1 as a percentage text, e.g. {@code 95 %}, {@code 99.5 %}. */
    public static String pct(double share) {
        double p = share * 100;
        return (p == Math.rint(p) ? String.valueOf((long) p) : number(Math.round(p * 10) / 10.0)) + " %";
    }

    /** A number as JSON text, see {@link #number(StringBuilder, double)}. */
    public static String number(double v) {
        StringBuilder sb = new StringBuilder();
        number(sb, v);
        return sb.toString();
    }
}
