package org.drillsim.world.log;

import org.drillsim.runformat.JsonText;

/** JSON text helpers for the event log (the rules live in run-format's {@link JsonText}). */
public final class Json {
    private Json() {
    }

    /** Appends {@code s} as a JSON string literal. */
    public static void quote(StringBuilder sb, String s) {
        JsonText.quote(sb, s);
    }

    /** {@code s} as a JSON string literal. */
    public static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        quote(sb, s);
        return sb.toString();
    }

    /** Appends a number, see {@link JsonText#number(StringBuilder, double)}. */
    public static void number(StringBuilder sb, double v) {
        JsonText.number(sb, v);
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
