package org.drillsim.runformat;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Deterministic JSON text pieces shared by every file of a run directory and by the event log. */
public final class JsonText {
    private JsonText() {
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

    /**
     * Appends a number: integers without a fraction, others with at most 6 decimals (no exponent),
     * non-finite as {@code null}.
     */
    public static void number(StringBuilder sb, double v) {
        number(sb, v, 6);
    }

    /** As {@link #number(StringBuilder, double)} with at most {@code decimals} decimals. */
    public static void number(StringBuilder sb, double v, int decimals) {
        if (!Double.isFinite(v)) {
            sb.append("null");
        } else if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            sb.append((long) v);
        } else {
            sb.append(BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString());
        }
    }

    /** A number as JSON text, see {@link #number(StringBuilder, double)}. */
    public static String number(double v) {
        StringBuilder sb = new StringBuilder();
        number(sb, v);
        return sb.toString();
    }
}
