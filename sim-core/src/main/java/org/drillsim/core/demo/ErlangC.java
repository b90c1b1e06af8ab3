package org.drillsim.core.demo;

/**
 * Steady-state M/M/c formulas (Erlang C), for comparing the demo's estimates with theory.
 * With offered load a = λ/μ and ρ = a/c &lt; 1:
 * C(c, a) = (a^c / c!) / (1 − ρ) / (Σ_{k&lt;c} a^k / k! + (a^c / c!) / (1 − ρ)) is the probability
 * that an arrival waits, and the mean wait in queue is C(c, a) / (c μ − λ).
 */
public final class ErlangC {
    private ErlangC() {
    }

    /** Probability that an arriving customer must wait. */
    public static double probWait(int servers, double utilisation) {
        double a = servers * utilisation;
        double term = 1; // a^k / k!
        double sum = 0;
        for (int k = 0; k < servers; k++) {
            sum += term;
            term *= a / (k + 1);
        }
        double last = term / (1 - utilisation);
        return last / (sum + last);
    }

    /** Mean wait in queue, in units of the mean service time. */
    public static double meanWait(int servers, double utilisation) {
        return probWait(servers, utilisation) / (servers * (1 - utilisation));
    }
}
