package org.drillsim.core;

/**
 * Simulated time: a {@code long} count of milliseconds from scenario start (T+0).
 *
 * <p>Conversions from fractional units round to the nearest millisecond. Display is
 * {@code T+hh:mm} with hours running past 24 (a 26.5-hour drill shows as {@code T+26:30}),
 * because drill targets are stated in hours ("within 24 h") and a planner reads
 * {@code T+26:30} against them directly.
 */
public final class SimTime {
    /** Milliseconds per second. */
    public static final long SECOND = 1_000L;
    /** Milliseconds per minute. */
    public static final long MINUTE = 60_000L;
    /** Milliseconds per hour. */
    public static final long HOUR = 3_600_000L;
    /** Milliseconds per day. */
    public static final long DAY = 86_400_000L;

    private SimTime() {
    }

    /** Milliseconds in the given number of seconds (rounded). */
    public static long ofSeconds(double seconds) {
        return toMillis(seconds, SECOND, "seconds");
    }

    /** Milliseconds in the given number of minutes (rounded). */
    public static long ofMinutes(double minutes) {
        return toMillis(minutes, MINUTE, "minutes");
    }

    /** Milliseconds in the given number of hours (rounded). */
    public static long ofHours(double hours) {
        return toMillis(hours, HOUR, "hours");
    }

    /** Milliseconds in the given number of days (rounded). */
    public static long ofDays(double days) {
        return toMillis(days, DAY, "days");
    }

    /** The time in (fractional) seconds. */
    public static double toSeconds(long millis) {
        return millis / (double) SECOND;
    }

    /** The time in (fractional) minutes. */
    public static double toMinutes(long millis) {
        return millis / (double) MINUTE;
    }

    /** The time in (fractional) hours. */
    public static double toHours(long millis) {
        return millis / (double) HOUR;
    }

    /**
     * Formats a time as {@code T+hh:mm} (minutes truncated; hours unbounded, e.g. {@code T+26:30});
     * negative times as {@code T-hh:mm}.
     */
    public static String format(long millis) {
        long abs = Math.abs(millis);
        long hours = abs / HOUR;
        long minutes = (abs % HOUR) / MINUTE;
        return (millis < 0 ? "T-" : "T+") + (hours < 10 ? "0" : "") + hours + ":" + (minutes < 10 ? "0" : "") + minutes;
    }

    /** Like {@link #format(long)} with seconds: {@code T+hh:mm:ss}. */
    public static String formatSeconds(long millis) {
        long abs = Math.abs(millis);
        long seconds = (abs % MINUTE) / SECOND;
        return format(millis) + ":" + (seconds < 10 ? "0" : "") + seconds;
    }

    private static long toMillis(double amount, long unit, String unitName) {
        if (Double.isNaN(amount) || Double.isInfinite(amount)) {
            throw new IllegalArgumentException("duration of " + amount + " " + unitName + " is not a finite number");
        }
        double ms = amount * unit;
        if (Math.abs(ms) >= 9.0e18) {
            throw new IllegalArgumentException("duration of " + amount + " " + unitName + " overflows the millisecond clock");
        }
        return Math.round(ms);
    }
}
