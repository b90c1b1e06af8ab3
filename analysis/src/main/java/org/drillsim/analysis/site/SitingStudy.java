package org.drillsim.analysis.site;

import org.drillsim.analysis.siting.CostMatrix;
import org.drillsim.analysis.siting.SitingObjective;
import org.drillsim.analysis.siting.SitingProblem;
import org.drillsim.analysis.siting.SitingResult;
import org.drillsim.analysis.siting.SitingSolver;
import org.drillsim.geodata.OsmLayers;
import org.drillsim.world.Facility;
import org.drillsim.world.ScenarioSite;

import java.util.ArrayList;
import java.util.List;

/**
 * Sites new facilities for a scenario: the worst road state of its hazard timeline ({@link WorstRoads}), the demand
 * of the kind ({@link DemandModel}), candidates from the map ({@link CandidateFinder}), travel times from every
 * existing and candidate site ({@link TravelCosts}), then the {@link SitingSolver} (maximal covering or p-median,
 * existing facilities fixed open) with its Lagrangian bound.
 */
public final class SitingStudy {
    private SitingStudy() {
    }

    /**
     * Runs the study.
     *
     * @param layers the map's OSM layers, or null on a synthetic map
     * @throws IllegalArgumentException when there is no demand or too few candidates
     */
    public static SitingPlan run(ScenarioSite site, OsmLayers layers, SitingRequest req) {
        boolean evacuees = req.kind() == SiteKind.SHELTER;
        WorstRoads roads = WorstRoads.of(site, evacuees);
        Demand demand = DemandModel.of(site, req.kind(), roads);
        if (demand.size() == 0 || demand.total() <= 0) {
            throw new IllegalArgumentException("no demand for a new " + req.kind().id() + " in this scenario");
        }
        CandidateFinder.Found found = CandidateFinder.find(site, req.kind(), layers, roads, req.limits());
        if (found.list().size() < req.add()) {
            throw new IllegalArgumentException("only " + found.list().size() + " candidate places for " + req.kind().id()
                    + " (" + found.source().en() + ", " + found.excluded() + " cut off by the hazard); cannot add " + req.add());
        }
        return solve(site, req, roads, demand, found);
    }

    /** Solves on given candidates (also used by tests with hand-made candidates). */
    public static SitingPlan solve(ScenarioSite site, SitingRequest req, WorstRoads roads, Demand demand,
                                   CandidateFinder.Found found) {
        List<Facility> existing = ExistingSites.of(site, req.kind());
        int ne = existing.size();
        List<Candidate> cands = found.list();
        int[] siteNodes = new int[ne + cands.size()];
        for (int j = 0; j < ne; j++) {
            siteNodes[j] = existing.get(j).node();
        }
        for (int j = 0; j < cands.size(); j++) {
            siteNodes[ne + j] = cands.get(j).node();
        }
        TravelCosts.Direction dir = req.kind() == SiteKind.SHELTER ? TravelCosts.Direction.TO_SITE
                : TravelCosts.Direction.FROM_SITE;
        double[][] minutes = TravelCosts.minutes(site, roads, siteNodes, demand.nodes(), dir);
        double penalty = site.scenario().horizonHours() * 60;
        boolean covering = req.objective() == SitingObjective.MAX_COVERING;
        CostMatrix matrix = CostMatrix.fromColumns(demand.size(), siteNodes.length, j -> {
            double[] col = minutes[j].clone();
            if (!covering) {
                for (int i = 0; i < col.length; i++) {
                    col[i] = Math.min(col[i], penalty);
                }
            }
            return col;
        });
        int[] fixed = new int[ne];
        for (int j = 0; j < ne; j++) {
            fixed[j] = j;
        }
        SitingProblem problem = new SitingProblem(matrix, demand.weights(), fixed, req.add());
        SitingSolver solver = new SitingSolver(req.settings());
        SitingResult r = covering ? solver.maxCovering(problem, req.withinMinutes()) : solver.pMedian(problem);
        int[] chosen = r.newSites();
        if (covering) {
            // many choices cover the same demand: among them prefer the shortest travel (swaps keeping the coverage)
            chosen = TravelTieBreak.improve(minutes, demand.weights(), ne, chosen, req.withinMinutes(), penalty);
        }
        double total = demand.total();
        int[] none = new int[0];
        double coveredBefore = Evaluation.covered(minutes, demand.weights(), ne, none, req.withinMinutes());
        double coveredAfter = Evaluation.covered(minutes, demand.weights(), ne, chosen, req.withinMinutes());
        double travelBefore = Evaluation.travel(minutes, demand.weights(), ne, none, penalty) / total;
        double travelAfter = Evaluation.travel(minutes, demand.weights(), ne, chosen, penalty) / total;
        double before = covering ? coveredBefore : travelBefore;
        double after = covering ? coveredAfter : travelAfter;
        double bound = covering ? r.bound() : r.bound() / total;
        double gap = covering ? gapPercent(coveredAfter, r.bound()) : r.gapPercent();
        int[] nearest = Evaluation.nearest(minutes, demand.size(), ne, chosen);
        List<SitingPlan.Proposed> proposed = new ArrayList<>();
        for (int j : chosen) {
            double served = 0;
            double coveredHere = 0;
            for (int i = 0; i < nearest.length; i++) {
                if (nearest[i] == j) {
                    served += demand.weights()[i];
                    if (minutes[j][i] <= req.withinMinutes()) {
                        coveredHere += demand.weights()[i];
                    }
                }
            }
            proposed.add(new SitingPlan.Proposed(cands.get(j - ne), served, coveredHere));
        }
        return new SitingPlan(req, existing, found, demand, roads, proposed, before, after, bound, gap, penalty,
                coveredBefore, coveredAfter, travelBefore, travelAfter, r.elapsed().toNanos() / 1e9);
    }

    private static double gapPercent(double value, double bound) {
        double diff = Math.abs(bound - value);
        if (diff <= 1e-9 * Math.max(1.0, Math.abs(value))) {
            return 0;
        }
        return value == 0 ? Double.POSITIVE_INFINITY : 100.0 * diff / Math.abs(value);
    }
}
