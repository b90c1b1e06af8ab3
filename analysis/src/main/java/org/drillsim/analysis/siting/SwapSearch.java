package org.drillsim.analysis.siting;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A set of open sites with each demand point's nearest and second-nearest open site, improved by
 * swaps (close one chosen site, open one closed candidate); fixed sites stay open throughout.
 *
 * <p>The swap neighbourhood is searched with the fast interchange of Resende and Werneck
 * (“A fast swap-based local search procedure for location problems”, Annals of OR 150, 2007),
 * the matrix form of Whitaker's fast interchange: each demand point adds its share to
 * {@code gain(f)}, {@code loss(r)} and {@code extra(f, r)}, and the profit of swapping {@code r}
 * out and {@code f} in is {@code gain(f) − loss(r) + extra(f, r)}. Filling them costs
 * O(Σ_i |{f : d(i,f) < d₂(i)}|), about O(n·m/p), instead of Teitz–Bart's O(n·m·p) per pass;
 * after a swap only the affected demand points update their shares, and the best swap is read
 * from the few non-zero {@code extra} entries in O(m + k + their number).
 *
 * <p>The nearest-site arrays are refreshed lazily ({@code stale}) and the shares are kept only
 * while cheaper than a recount ({@code live}), so a VNS shake of a few swaps costs little.
 */
final class SwapSearch {
    /** A local shake opens one of this many closed sites nearest to a demand point. */
    private static final int LOCAL_SHAKE_RANKS = 8;
    /** Incremental updates accumulate rounding; recompute the structures after this many swaps. */
    private static final int REBUILD_INTERVAL = 1000;

    private final WeightedCosts costs;
    private final int n;
    private final int m;
    private final int k;                 // number of chosen (non-fixed) sites
    private final boolean[] open;
    private final int[] slotSite;        // chosen site in each slot
    private final int[] slotOf;          // slot of each chosen site, -1 otherwise
    private final int[] near1;
    private final int[] near2;           // second-nearest open site, -1 if none
    private final double[] d1;
    private final double[] d2;
    private double objective;
    // Work arrays for one interchange pass.
    private final double[] gain;
    private final double[] loss;
    private final double[] extra;        // extra[f * k + slot], non-zero only at the touched indices
    private final int[] touchedMark;     // epoch at which an extra index was listed in touched
    private int epoch;
    private int[] touched = new int[64];
    private int touchedCount;
    private final int[] affected;
    private final int activeCount;       // demand points of positive weight
    private boolean live;                // gain, loss and extra describe the current sites
    private boolean stale;               // near1, near2, d1, d2 and objective lag behind moves
    private int swapsSinceRebuild;

    SwapSearch(WeightedCosts costs) {
        this.costs = costs;
        SitingProblem problem = costs.problem();
        this.n = problem.demandCount();
        this.m = problem.siteCount();
        this.k = problem.newSites();
        this.open = new boolean[m];
        this.slotSite = new int[k];
        this.slotOf = new int[m];
        this.near1 = new int[n];
        this.near2 = new int[n];
        this.affected = new int[n];
        this.d1 = new double[n];
        this.d2 = new double[n];
        this.gain = new double[m];
        this.loss = new double[k];
        this.extra = new double[m * k];
        this.touchedMark = new int[m * k];
        int active = 0;
        for (int i = 0; i < n; i++) if (problem.weight(i) > 0) active++;
        this.activeCount = active;
        Arrays.fill(slotOf, -1);
        for (int s : problem.fixedSites()) open[s] = true;
    }

    /**
     * Opens exactly the given chosen sites (besides the fixed ones). When the interchange
     * structures are live and only a few sites differ, this is done by incremental swaps.
     */
    void setChosen(int[] sites) {
        if (sites.length != k) throw new IllegalArgumentException(sites.length + " sites given, " + k + " expected");
        boolean[] wanted = new boolean[m];
        for (int f : sites) wanted[f] = true;
        int differ = 0;
        for (int f : sites) if (!open[f]) differ++;
        if (live && differ <= Math.max(1, k / 4)) {
            int slot = 0;
            for (int f : sites) {
                if (open[f]) continue;
                while (wanted[slotSite[slot]]) slot++;
                swap(f, slot);
            }
            return;
        }
        for (int s = 0; s < k; s++) {
            if (slotOf[slotSite[s]] == s) { // slot in use: close its site
                open[slotSite[s]] = false;
                slotOf[slotSite[s]] = -1;
            }
        }
        for (int s = 0; s < k; s++) {
            slotSite[s] = sites[s];
            slotOf[sites[s]] = s;
            open[sites[s]] = true;
        }
        live = false;
        stale = true;
    }

    /** @return the chosen sites, sorted ascending. */
    int[] chosen() {
        int[] copy = slotSite.clone();
        Arrays.sort(copy);
        return copy;
    }

    /** @return the objective of the current sites (sum of each demand's cost to its nearest open site). */
    double objective() {
        if (stale) updateNearest();
        return objective;
    }

    /** @return each demand point's cost to its nearest open site. */
    double[] demandCosts() {
        if (stale) updateNearest();
        return d1.clone();
    }

    /** @return the costs searched. */
    WeightedCosts costs() {
        return costs;
    }

    /** @return the problem searched. */
    SitingProblem problem() {
        return costs.problem();
    }

    /** @return the nearest open site of each demand point (-1 for demand of weight 0). */
    int[] assignment() {
        if (stale) updateNearest();
        return near1.clone();
    }

    /**
     * Greedy addition: from the fixed sites, repeatedly open the candidate that lowers the
     * objective most (ties: lowest index).
     */
    void greedy() {
        Arrays.fill(slotOf, -1);
        Arrays.fill(open, false);
        for (int s : costs.problem().fixedSites()) open[s] = true;
        boolean anyOpen = costs.problem().fixedSites().length > 0;
        double[] best = new double[n];
        if (anyOpen) {
            updateNearest();
            System.arraycopy(d1, 0, best, 0, n);
        }
        for (int s = 0; s < k; s++) {
            int pick;
            if (!anyOpen) {
                pick = bestSingleSite();
            } else {
                Arrays.fill(gain, 0);
                for (int i = 0; i < n; i++) {
                    for (int f : costs.order().ranked(i)) {
                        double df = costs.cost(i, f);
                        if (df >= best[i]) break;
                        gain[f] += best[i] - df;
                    }
                }
                pick = -1;
                for (int f = 0; f < m; f++) {
                    if (!open[f] && (pick < 0 || gain[f] > gain[pick])) pick = f;
                }
            }
            open[pick] = true;
            slotSite[s] = pick;
            slotOf[pick] = s;
            for (int i = 0; i < n; i++) {
                double c = costs.cost(i, pick);
                if (!anyOpen || c < best[i]) best[i] = c;
            }
            anyOpen = true;
        }
        updateNearest();
    }

    /** The site that alone serves all demand at least cost (ties: lowest index). */
    private int bestSingleSite() {
        int pick = -1;
        double pickCost = Double.POSITIVE_INFINITY;
        for (int f = 0; f < m; f++) {
            if (open[f]) continue;
            double sum = 0;
            for (int i = 0; i < n; i++) {
                if (costs.order().ranked(i).length > 0) sum += costs.cost(i, f);
            }
            if (pick < 0 || sum < pickCost) {
                pick = f;
                pickCost = sum;
            }
        }
        return pick;
    }

    /** Recomputes every demand point's two nearest open sites and the objective. */
    void updateNearest() {
        live = false;
        stale = false;
        double total = 0;
        for (int i = 0; i < n; i++) {
            updateNearest(i);
            total += d1[i];
        }
        objective = total;
    }

    private void updateNearest(int i) {
        near1[i] = -1;
        near2[i] = -1;
        d1[i] = 0;
        d2[i] = Double.POSITIVE_INFINITY;
        for (int f : costs.order().ranked(i)) {
            if (!open[f]) continue;
            if (near1[i] < 0) {
                near1[i] = f;
                d1[i] = costs.cost(i, f);
            } else {
                near2[i] = f;
                d2[i] = costs.cost(i, f);
                return;
            }
        }
    }

    /**
     * Best-improvement local search in the swap neighbourhood until no swap lowers the objective.
     * After a swap only the affected demand points — those whose nearest or second-nearest site
     * was closed, or that are nearer to the opened site than to their second-nearest — change
     * their share of gain, loss and extra; the others' shares are kept (Resende and Werneck's
     * incremental update), so later passes cost a fraction of the first.
     *
     * @return the number of swaps made
     */
    int localSearch() {
        if (k == 0) return 0;
        if (countOpen() == 1) {
            // One open site and nothing else: the best single site is the optimum, found directly.
            int best = bestSingleSiteIncludingCurrent();
            if (best == slotSite[0]) return 0;
            swap(best, 0);
            return 1;
        }
        int swaps = 0;
        while (true) {
            if (stale) updateNearest();
            if (!live || swapsSinceRebuild >= REBUILD_INTERVAL) rebuild();
            long move = bestSwap();
            if (move < 0) break;
            int site = (int) (move >>> 32);
            int slot = (int) move;
            int out = slotSite[slot];
            double before = objective;
            swap(site, slot);
            if (!(objective() < before - tolerance(before))) {
                swap(out, slot); // rounding made a non-improving move look profitable: undo, stop
                break;
            }
            swaps++;
        }
        if (stale) updateNearest();
        double total = 0; // re-add exactly: the running objective drifts by rounding
        for (int i = 0; i < n; i++) total += d1[i];
        objective = total;
        return swaps;
    }

    private int bestSingleSiteIncludingCurrent() {
        int current = slotSite[0];
        open[current] = false;
        int best = bestSingleSite();
        open[current] = true;
        double sumBest = 0;
        for (int i = 0; i < n; i++) {
            if (costs.order().ranked(i).length > 0) sumBest += costs.cost(i, best);
        }
        return sumBest < objective() - tolerance(objective()) ? best : current;
    }

    private int countOpen() {
        int count = 0;
        for (boolean o : open) if (o) count++;
        return count;
    }

    private static double tolerance(double value) {
        return 1e-9 * Math.max(1.0, Math.abs(value));
    }

    /** Recomputes gain, loss and extra from scratch for the current sites. */
    private void rebuild() {
        Arrays.fill(gain, 0);
        Arrays.fill(loss, 0);
        for (int t = 0; t < touchedCount; t++) extra[touched[t]] = 0;
        touchedCount = 0;
        epoch++;
        for (int i = 0; i < n; i++) contribute(i, 1);
        live = true;
        swapsSinceRebuild = 0;
    }

    /**
     * Adds ({@code sign = 1}) or removes ({@code sign = -1}) demand point {@code i}'s share of
     * {@code gain(f)} (what opening f saves it), {@code loss(r)} (what closing its nearest site
     * costs it) and {@code extra(f, r)} (the part of that loss that opening f recovers).
     */
    private void contribute(int i, int sign) {
        int[] ranked = costs.order().ranked(i);
        if (ranked.length == 0) return;
        int r = slotOf[near1[i]];
        double di1 = d1[i];
        double di2 = d2[i];
        if (r >= 0) loss[r] += sign * (di2 - di1);
        for (int f : ranked) {
            double df = costs.cost(i, f);
            if (df >= di2) break;
            if (open[f]) continue;
            if (df < di1) gain[f] += sign * (di1 - df);
            double add = di2 - Math.max(df, di1);
            if (r >= 0 && add > 0) {
                int index = f * k + r;
                if (touchedMark[index] != epoch) {
                    touchedMark[index] = epoch;
                    if (touchedCount == touched.length) touched = Arrays.copyOf(touched, 2 * touched.length);
                    touched[touchedCount++] = index;
                }
                extra[index] += sign * add;
            }
        }
    }

    /**
     * @return the most profitable swap as {@code site << 32 | slot}, or -1 if none improves.
     *     Only the (f, r) pairs listed as touched can have {@code extra > 0}; for every other pair
     *     the profit is {@code gain(f) − loss(r)}, best at the slot of least loss. This keeps the
     *     scan at O(m + k + touched) instead of O(m·k).
     */
    private long bestSwap() {
        int leastLossSlot = 0;
        for (int r = 1; r < k; r++) if (loss[r] < loss[leastLossSlot]) leastLossSlot = r;
        double bestProfit = tolerance(objective);
        long best = -1;
        for (int f = 0; f < m; f++) {
            if (open[f]) continue;
            double profit = gain[f] - loss[leastLossSlot] + extra[f * k + leastLossSlot];
            if (profit > bestProfit) {
                bestProfit = profit;
                best = (long) f << 32 | leastLossSlot;
            }
        }
        for (int t = 0; t < touchedCount; t++) {
            int index = touched[t];
            int f = index / k;
            if (open[f]) continue;
            int r = index % k;
            double profit = gain[f] - loss[r] + extra[index];
            if (profit > bestProfit) {
                bestProfit = profit;
                best = (long) f << 32 | r;
            }
        }
        return best;
    }

    /**
     * Opens {@code site} in place of the chosen site in {@code slot}. With live structures only
     * the affected demand points are updated: those whose nearest or second-nearest site closes,
     * or that are nearer to the opened site than to their second-nearest.
     */
    void swap(int site, int slot) {
        int out = slotSite[slot];
        if (!live) {
            move(site, slot);
            stale = true;
            return;
        }
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (near1[i] == out || near2[i] == out || (near1[i] >= 0 && costs.cost(i, site) < d2[i])) {
                affected[count++] = i;
            }
        }
        if (2 * count > activeCount) {
            // Removing and re-adding most shares costs more than recomputing them all later.
            move(site, slot);
            live = false;
            stale = true;
            return;
        }
        for (int a = 0; a < count; a++) contribute(affected[a], -1);
        move(site, slot);
        double change = 0;
        for (int a = 0; a < count; a++) {
            int i = affected[a];
            double old = d1[i];
            updateNearest(i);
            change += d1[i] - old;
            contribute(i, 1);
        }
        objective += change;
        swapsSinceRebuild++;
    }

    private void move(int site, int slot) {
        int out = slotSite[slot];
        open[out] = false;
        slotOf[out] = -1;
        open[site] = true;
        slotOf[site] = slot;
        slotSite[slot] = site;
    }

    /**
     * Makes {@code count} random swaps (the VNS “shake”). Half the swaps are local — at a random demand point, its nearest chosen site is replaced by one
     * of the closed sites nearest to it — because a random far-away swap is mostly undone by the
     * next descent; the other half are uniform, to leave the current valley.
     */
    void shake(int count, SplittableRandom random) {
        int closedFree = m - costs.problem().fixedSites().length - k;
        if (closedFree == 0) return;
        for (int s = 0; s < count; s++) {
            int slot = random.nextInt(k);
            int site = -1;
            if (random.nextBoolean()) {
                int i = random.nextInt(n);
                int[] ranked = costs.order().ranked(i);
                if (ranked.length > 0) {
                    int pick = random.nextInt(LOCAL_SHAKE_RANKS);
                    for (int f : ranked) {
                        if (!open[f] && pick-- == 0) {
                            site = f;
                            break;
                        }
                    }
                    if (near1[i] >= 0 && slotOf[near1[i]] >= 0) slot = slotOf[near1[i]];
                }
            }
            while (site < 0 || open[site]) site = random.nextInt(m);
            swap(site, slot);
        }
    }
}
