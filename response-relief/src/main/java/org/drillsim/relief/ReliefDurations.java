package org.drillsim.relief;

import java.util.function.Function;

import org.drillsim.core.RandomStream;

/**
 * Draws the relief service times that are uncertain in reality (alert and decision delay, shelter opening, truck
 * loading and unloading, road repair per blockage, hazmat work on scene, fire line production) around their fixed
 * values: lognormal with that value as the mean and {@link #cv()} as coefficient of variation, each purpose from its
 * own named stream of the replication ({@code relief.<purpose>}), so replications differ and the same seed repeats
 * the run exactly. With a CV of 0 every draw is the fixed value (hand-computable tests).
 */
final class ReliefDurations {
    static final String ALERT = "alert";
    static final String SHELTER_OPENING = "shelter-opening";
    static final String TRUCK_LOADING = "truck-loading";
    static final String TRUCK_UNLOADING = "truck-unloading";
    static final String ROAD_REPAIR = "road-repair";
    static final String HAZMAT_ON_SCENE = "hazmat-on-scene";
    static final String FIRE_LINE = "fire-line";

    /** The replication's named streams, e.g. {@code ModuleContext::stream}. */
    private final Function<String, RandomStream> streams;
    private final double cv;

    ReliefDurations(Function<String, RandomStream> streams, double cv) {
        if (!(cv >= 0) || Double.isInfinite(cv)) {
            throw new IllegalArgumentException("relief duration CV: expected a finite number >= 0, got " + cv);
        }
        this.streams = streams;
        this.cv = cv;
    }

    /** Coefficient of variation of the drawn times (0 = fixed values). */
    double cv() {
        return cv;
    }

    /** A duration for {@code purpose} with mean {@code meanMs}, ms (the mean itself when the CV or the mean is 0). */
    long ms(String purpose, long meanMs) {
        if (cv == 0 || meanMs <= 0) {
            return meanMs;
        }
        return Math.round(streams.apply("relief." + purpose).lognormalMeanSd(meanMs, cv * meanMs));
    }

    /** A factor with mean 1 for {@code purpose} (e.g. a crew's line production on one fire); 1 when the CV is 0. */
    double factor(String purpose) {
        return cv == 0 ? 1.0 : streams.apply("relief." + purpose).lognormalMeanSd(1.0, cv);
    }
}
