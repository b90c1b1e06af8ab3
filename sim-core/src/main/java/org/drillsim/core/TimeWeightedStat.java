package org.drillsim.core;

/**
 * A piecewise-constant quantity over simulated time (queue length, busy units, stock level):
 * its time-weighted average, min and max. Call {@link #update(long, double)} at every change.
 */
public final class TimeWeightedStat {
    private final String name;
    private long startTime;
    private long lastTime;
    private double value;
    private double area;
    private double min;
    private double max;

    /** Starts observing at {@code startTime} with the given initial value. */
    public TimeWeightedStat(String name, long startTime, double initialValue) {
        this.name = name;
        this.startTime = startTime;
        this.lastTime = startTime;
        this.value = initialValue;
        this.min = initialValue;
        this.max = initialValue;
    }

    /** The quantity changes to {@code newValue} at {@code time} (not before the last update). */
    public void update(long time, double newValue) {
        advance(time);
        value = newValue;
        min = Math.min(min, newValue);
        max = Math.max(max, newValue);
    }

    /** Restarts the statistics at {@code time}, keeping the current value (end of a warm-up). */
    public void reset(long time) {
        advance(time);
        startTime = time;
        area = 0;
        min = value;
        max = value;
    }

    /** The current value. */
    public double value() {
        return value;
    }

    /** Time-weighted mean from the start (or last reset) up to {@code time}; the current value if no time has passed. */
    public double mean(long time) {
        if (time < lastTime) {
            throw new IllegalArgumentException("statistic '" + name + "': mean asked at t=" + time + " ms, before its last update at t=" + lastTime + " ms");
        }
        long span = time - startTime;
        return span == 0 ? value : (area + value * (time - lastTime)) / span;
    }

    /** ∫ value dt from the start (or last reset) to {@code time}, in value·ms. */
    public double integral(long time) {
        return area + value * (time - lastTime);
    }

    /** Smallest value seen since the start (or last reset). */
    public double min() {
        return min;
    }

    /** Largest value seen since the start (or last reset). */
    public double max() {
        return max;
    }

    private void advance(long time) {
        if (time < lastTime) {
            throw new IllegalArgumentException("statistic '" + name + "': update at t=" + time + " ms is before its last update at t=" + lastTime + " ms");
        }
        area += value * (time - lastTime);
        lastTime = time;
    }
}
