package org.drillsim.analysis.site;

import java.util.Arrays;

/**
 * Among sitings that cover the same demand, prefers the one with the shortest demand-weighted travel time: repeated
 * best-improvement swaps of one chosen site for another candidate, accepted only when the covered demand does not
 * drop and the travel time falls. A maximal-covering solution is often one of many equally good ones (e.g. when the
 * existing sites already cover everything); this picks a sensible one among them instead of an arbitrary one.
 */
final class TravelTieBreak {
    private TravelTieBreak() {
    }

    /**
     * @param minutes {@code [site][demand]} travel minutes; columns {@code 0 … fixed−1} are the fixed sites
     * @param w       demand weights
     * @param fixed   number of fixed sites
     * @param chosen  chosen candidate columns
     * @param within  covering time
     * @param penalty minutes counted for an unreachable demand point
     * @return the improved chosen columns, ascending
     */
    static int[] improve(double[][] minutes, double[] w, int fixed, int[] chosen, double within, double penalty) {
        int n = w.length;
        double[] fixedBest = new double[n];
        for (int i = 0; i < n; i++) {
            fixedBest[i] = Evaluation.best(minutes, i, fixed, new int[0]);
        }
        int[] cur = chosen.clone();
        boolean[] open = new boolean[minutes.length];
        for (int j : cur) {
            open[j] = true;
        }
        double curCovered = covered(minutes, w, fixedBest, cur, within);
        double curTravel = travel(minutes, w, fixedBest, cur, penalty);
        for (int round = 0; round < 100; round++) {
            int bestPos = -1;
            int bestCand = -1;
            double bestTravel = curTravel;
            for (int p = 0; p < cur.length; p++) {
                int out = cur[p];
                for (int c = fixed; c < minutes.length; c++) {
                    if (open[c]) {
                        continue;
                    }
                    cur[p] = c;
                    double cov = covered(minutes, w, fixedBest, cur, within);
                    if (cov >= curCovered - 1e-9) {
                        double t = travel(minutes, w, fixedBest, cur, penalty);
                        if (t < bestTravel - 1e-9 * Math.max(1, bestTravel)) {
                            bestTravel = t;
                            bestPos = p;
                            bestCand = c;
                        }
                    }
                    cur[p] = out;
                }
            }
            if (bestPos < 0) {
                break;
            }
            open[cur[bestPos]] = false;
            open[bestCand] = true;
            cur[bestPos] = bestCand;
            curCovered = covered(minutes, w, fixedBest, cur, within);
            curTravel = bestTravel;
        }
        Arrays.sort(cur);
        return cur;
    }

    private static double covered(double[][] minutes, double[] w, double[] fixedBest, int[] cur, double within) {
        double s = 0;
        for (int i = 0; i < w.length; i++) {
            if (best(minutes, fixedBest, cur, i) <= within) {
                s += w[i];
            }
        }
        return s;
    }

    private static double travel(double[][] minutes, double[] w, double[] fixedBest, int[] cur, double penalty) {
        double s = 0;
        for (int i = 0; i < w.length; i++) {
            s += w[i] * Math.min(best(minutes, fixedBest, cur, i), penalty);
        }
        return s;
    }

    private static double best(double[][] minutes, double[] fixedBest, int[] cur, int i) {
        double b = fixedBest[i];
        for (int j : cur) {
            b = Math.min(b, minutes[j][i]);
        }
        return b;
    }
}
