package org.drillsim.analysis.site;

/**
 * Objective values of a set of open sites over a {@code [site][demand]} minutes table: the fixed sites are the
 * columns {@code 0 … fixed−1}, the chosen ones are listed.
 */
final class Evaluation {
    private Evaluation() {
    }

    /** Demand whose nearest open site is within {@code within} minutes. */
    static double covered(double[][] minutes, double[] w, int fixed, int[] chosen, double within) {
        double covered = 0;
        for (int i = 0; i < w.length; i++) {
            if (best(minutes, i, fixed, chosen) <= within) {
                covered += w[i];
            }
        }
        return covered;
    }

    /** Demand-weighted travel minutes to the nearest open site, an unreachable one counted {@code penalty}. */
    static double travel(double[][] minutes, double[] w, int fixed, int[] chosen, double penalty) {
        double cost = 0;
        for (int i = 0; i < w.length; i++) {
            cost += w[i] * Math.min(best(minutes, i, fixed, chosen), penalty);
        }
        return cost;
    }

    /** The nearest open site (column) of each demand point; −1 when none reaches it. */
    static int[] nearest(double[][] minutes, int demand, int fixed, int[] chosen) {
        int[] out = new int[demand];
        for (int i = 0; i < demand; i++) {
            int bestJ = -1;
            double bestT = Double.POSITIVE_INFINITY;
            for (int j = 0; j < fixed; j++) {
                if (minutes[j][i] < bestT) {
                    bestT = minutes[j][i];
                    bestJ = j;
                }
            }
            for (int j : chosen) {
                if (minutes[j][i] < bestT) {
                    bestT = minutes[j][i];
                    bestJ = j;
                }
            }
            out[i] = bestJ;
        }
        return out;
    }

    static double best(double[][] minutes, int i, int fixed, int[] chosen) {
        double b = Double.POSITIVE_INFINITY;
        for (int j = 0; j < fixed; j++) {
            b = Math.min(b, minutes[j][i]);
        }
        for (int j : chosen) {
            b = Math.min(b, minutes[j][i]);
        }
        return b;
    }
}
