package org.drillsim.hazards.quake;

import org.drillsim.hazards.Probit;

/** A lognormal fragility curve: P(damage ≥ state | x) = Φ(ln(x / median) / β). */
final class Lognormal {

    private Lognormal() {
    }

    static double exceedance(double x, double median, double beta) {
        if (x <= 0) {
            return 0;
        }
        // Probit.probability(Y) = Φ(Y − 5)
        return Probit.probability(5.0 + Math.log(x / median) / beta);
    }
}
