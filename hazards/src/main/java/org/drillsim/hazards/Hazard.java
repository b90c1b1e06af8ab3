package org.drillsim.hazards;

/**
 * A hazard model: a pure, deterministic function from simulated time to a footprint.
 *
 * <p>Time is milliseconds from scenario start (the kernel's integer clock). Implementations are
 * immutable from the caller's view and cache footprints per time step, so calling
 * {@link #footprintAt(long)} every simulated 10–15 minutes over 72 h is cheap. Geometries
 * going in and out are WGS84 lon/lat (x = longitude, y = latitude); models compute in metres
 * internally through {@link LocalProjection}.
 */
public interface Hazard {

    /** Identifier of this hazard within its scenario (e.g. "songhua-flood"). */
    String id();

    /** What kind of hazard this is. */
    HazardKind kind();

    /**
     * The hazard's footprint at simulated time {@code tMs} (ms from scenario start).
     * Before the hazard starts the footprint is empty, never null.
     *
     * @throws IllegalArgumentException if {@code tMs} is negative
     */
    HazardFootprint footprintAt(long tMs);

    /**
     * Which model choices the hazard made for this scenario (e.g. dense gas or Gaussian, stability hour by hour), one
     * "中文 / English" line each, for the run's notes and the report; none by default.
     */
    default java.util.List<String> modelNotes() {
        return java.util.List.of();
    }
}
