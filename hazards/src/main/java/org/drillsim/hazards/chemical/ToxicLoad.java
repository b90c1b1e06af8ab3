package org.drillsim.hazards.chemical;

/**
 * The toxic load L = ∫Cⁿdt (ppmⁿ·min) of one person outdoors and of one person inside a closed building, for the
 * lethality probit Y = a + b·ln L of the {@link Chemical}. Because n is about 2 for chlorine, a short peak weighs
 * far more than the same dose spread out: the load must follow the concentration history, not its mean.
 *
 * <p>Indoors: the single-compartment model dCᵢ/dt = λ(Cₒ − Cᵢ) with air-change rate λ and a clean building at the
 * start (as {@link ShelterInPlace}); the building keeps gas after the plume has passed, and that load counts too.
 * Within each call to {@link #expose} Cₒ is constant; Cᵢ follows its exact exponential and Cᵢⁿ is integrated by
 * Simpson's rule on steps of at most one minute.
 */
public final class ToxicLoad {
    private static final double STEP_MIN = 1.0;

    private final double exponent;
    private final double lambdaPerMin;
    private double outdoor;
    private double indoor;
    private double indoorPpm;

    /**
     * @param exponent          n of the probit (the chemical's {@code probitN})
     * @param airChangesPerHour λ of the building, per hour (> 0)
     */
    public ToxicLoad(double exponent, double airChangesPerHour) {
        if (!(exponent > 0) || !(airChangesPerHour > 0)) {
            throw new IllegalArgumentException("exponent and air changes per hour must be > 0, got " + exponent + ", "
                    + airChangesPerHour);
        }
        this.exponent = exponent;
        this.lambdaPerMin = airChangesPerHour / 60.0;
    }

    /** Adds {@code minutes} of constant outdoor concentration {@code outdoorPpm}. */
    public void expose(double outdoorPpm, double minutes) {
        if (!(minutes >= 0) || !(outdoorPpm >= 0)) {
            throw new IllegalArgumentException("concentration and minutes must be >= 0, got " + outdoorPpm + ", " + minutes);
        }
        if (minutes == 0) {
            return;
        }
        outdoor += Math.pow(outdoorPpm, exponent) * minutes;
        int steps = (int) Math.ceil(minutes / STEP_MIN);
        double h = minutes / steps;
        for (int i = 0; i < steps; i++) {
            double c0 = indoorPpm;
            double cMid = relax(c0, outdoorPpm, h / 2);
            double c1 = relax(c0, outdoorPpm, h);
            indoor += h / 6 * (Math.pow(c0, exponent) + 4 * Math.pow(cMid, exponent) + Math.pow(c1, exponent));
            indoorPpm = c1;
        }
    }

    private double relax(double from, double to, double minutes) {
        return to + (from - to) * Math.exp(-lambdaPerMin * minutes);
    }

    /** Load outdoors so far, ppmⁿ·min. */
    public double outdoorLoad() {
        return outdoor;
    }

    /** Load indoors so far, ppmⁿ·min. */
    public double indoorLoad() {
        return indoor;
    }

    /** Indoor concentration now, ppm. */
    public double indoorPpm() {
        return indoorPpm;
    }

    /**
     * Probability of death so far of a person picked at random when a share {@code indoorShare} of the people
     * were indoors throughout.
     */
    public double fatality(Chemical chemical, double indoorShare) {
        if (!(indoorShare >= 0 && indoorShare <= 1)) {
            throw new IllegalArgumentException("indoor share must be in [0, 1], got " + indoorShare);
        }
        return indoorShare * chemical.fatalityFromLoad(indoor) + (1 - indoorShare) * chemical.fatalityFromLoad(outdoor);
    }
}
