package org.drillsim.hazards.chemical;

/**
 * Share of the people in a residential cell who are inside a building, by local clock hour: what makes a night
 * release far less lethal than the same release at noon (indoor air lags and damps the outdoor peak, see
 * {@link ToxicLoad}).
 *
 * <p>Night (22:00–06:00) {@value #NIGHT_INDOOR_SHARE}: asleep at home (assumption). Day {@value #DAY_INDOOR_SHARE}:
 * chosen so that the 24-hour mean is 0.87, the share of time Americans spend in buildings in the National Human
 * Activity Pattern Survey (Klepeis et al. 2001, J. Expo. Anal. Environ. Epidemiol. 11:231–252); the survey's 6 %
 * in vehicles counts as outdoors here. No Chinese time-activity figure is used yet.
 */
public final class Occupancy {
    /** Indoor share 22:00–06:00 (assumption). */
    public static final double NIGHT_INDOOR_SHARE = 0.98;
    /** Indoor share 06:00–22:00: (24 · 0.87 − 8 · 0.98) / 16. */
    public static final double DAY_INDOOR_SHARE = 0.815;

    private Occupancy() {
    }

    /** The indoor share at local clock hour {@code hour} (any real number; taken modulo 24). */
    public static double indoorShare(double hour) {
        double h = ((hour % 24) + 24) % 24;
        return h >= 22 || h < 6 ? NIGHT_INDOOR_SHARE : DAY_INDOOR_SHARE;
    }
}
