package org.drillsim.cli;

import org.drillsim.core.ConfidenceInterval;
import org.drillsim.runformat.Verdict;

/**
 * Numbers, intervals, comparisons and units as the console shows them: {@code ≤ 2 h}, {@code ≥ 2.5 m²/人},
 * {@code 84.0 [80.4, 87.5] 人}, thousands separators, and no interval end below zero for counts and shares.
 */
final class ConsoleText {
    private ConsoleText() {
    }

    /** {@code <=} → {@code ≤}, {@code >=} → {@code ≥}. */
    static String comparison(String c) {
        return switch (c) {
            case "<=" -> "≤";
            case ">=" -> "≥";
            default -> c;
        };
    }

    /** A catalogue or indicator unit for the console: {@code m2/person} → {@code m²/人}, {@code people} → {@code 人}. */
    static String unit(String unit) {
        return switch (unit == null ? "" : unit.trim()) {
            case "m2/person" -> "m²/人";
            case "people" -> "人";
            case "trips" -> "车次";
            case "blockages" -> "处";
            case "reserves" -> "项";
            case "stations" -> "座";
            case "zones" -> "个区域";
            case "level" -> "级";
            default -> unit == null ? "" : unit;
        };
    }

    /** A number with a sensible precision: thousands separators from 1,000, one decimal from 10, else two. */
    static String number(double v) {
        if (Double.isNaN(v)) {
            return "—";
        }
        if (Double.isInfinite(v)) {
            return "∞";
        }
        double a = Math.abs(v);
        return a >= 1000 ? String.format("%,.0f", v) : a >= 10 ? String.format("%.1f", v) : String.format("%.2f", v);
    }

    /** A share as a percentage, e.g. {@code 91.6%}. */
    static String percent(double share) {
        return Double.isNaN(share) ? "—" : String.format("%.1f%%", share * 100);
    }

    /**
     * Mean and 95 % interval, {@code 91.6% [87.8, 95.4]} or {@code 84.0 [80.4, 87.5]}; the interval is clipped at 0
     * (counts and shares cannot be negative) and, for shares, at 100 %. No interval for a single replication.
     */
    static String withInterval(ConfidenceInterval ci, boolean share) {
        String mean = share ? percent(ci.mean()) : number(ci.mean());
        if (Double.isNaN(ci.halfWidth())) {
            return mean;
        }
        double low = Math.max(0, ci.mean() - ci.halfWidth());
        double high = ci.mean() + ci.halfWidth();
        if (share) {
            high = Verdict.clipShare(high);
            return mean + String.format(" [%.1f, %.1f]", low * 100, high * 100);
        }
        return mean + " [" + number(low) + ", " + number(high) + "]";
    }
}
