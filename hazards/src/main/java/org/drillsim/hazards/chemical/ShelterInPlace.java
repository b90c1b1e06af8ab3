package org.drillsim.hazards.chemical;

/**
 * Indoor protection while sheltering in place, by the single-compartment model dCᵢ/dt = λ(Cₒ − Cᵢ)
 * with a constant outdoor concentration Cₒ from time 0 and a clean house at the start (e.g. Wilson,
 * D.J. (1987), "Stay indoors or evacuate to avoid exposure to toxic gas?", Emergency Preparedness
 * Digest 14(1), 19–24). The mean indoor concentration over T is
 * Cₒ·(1 − (1 − e^(−λT)) / (λT)).
 */
public final class ShelterInPlace {

    /** Typical air-change rate of a closed Chinese urban flat, per hour (assumption; 0.3–1 /h is common). */
    public static final double DEFAULT_AIR_CHANGES_PER_HOUR = 0.5;

    private ShelterInPlace() {
    }

    /**
     * Mean indoor / outdoor concentration ratio over an exposure of {@code minutes}.
     *
     * @param airChangesPerHour λ, per hour, > 0
     * @param minutes           exposure duration, > 0
     */
    public static double indoorFraction(double airChangesPerHour, double minutes) {
        if (!(airChangesPerHour > 0) || !(minutes > 0)) {
            throw new IllegalArgumentException("air changes per hour and minutes must be > 0, got "
                    + airChangesPerHour + ", " + minutes);
        }
        double lt = airChangesPerHour * minutes / 60.0;
        return 1.0 - (1.0 - Math.exp(-lt)) / lt;
    }
}
