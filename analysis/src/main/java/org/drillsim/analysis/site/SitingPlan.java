package org.drillsim.analysis.site;

import org.drillsim.analysis.siting.SitingObjective;
import org.drillsim.world.Facility;

import java.util.List;

/**
 * The chosen new sites and how much they improve the objective, with the solver's bound.
 *
 * <p>Values: covering — demand within the covering time (in {@link Demand#unit()}); median — mean travel minutes per
 * unit of demand (unreachable pairs count {@code penaltyMinutes}). {@code bound} is the best value any choice of
 * {@code add} candidates could reach (an upper bound for covering, a lower bound for the median), so
 * {@code gapPercent} says how far from optimal the choice can be.
 *
 * @param request        what was asked
 * @param existing       the facilities of that kind already there (kept open)
 * @param candidates     the candidates considered
 * @param demand         the demand points
 * @param roads          the worst road state used
 * @param proposed       the chosen sites, in candidate order
 * @param before         value with the existing facilities only
 * @param after          value with the new sites
 * @param bound          bound on the best value with {@code add} new sites
 * @param gapPercent     {@code 100·|bound − after| / after}, 0 when proven optimal
 * @param penaltyMinutes minutes counted for an unreachable pair in mean travel times
 * @param coveredBefore  demand within the covering time before (whatever the objective)
 * @param coveredAfter   demand within the covering time after
 * @param travelBefore   demand-weighted mean travel minutes before (whatever the objective)
 * @param travelAfter    demand-weighted mean travel minutes after
 * @param solverSeconds  wall time of the solver
 */
public record SitingPlan(SitingRequest request, List<Facility> existing, CandidateFinder.Found candidates, Demand demand,
                         WorstRoads roads, List<Proposed> proposed, double before, double after, double bound,
                         double gapPercent, double penaltyMinutes, double coveredBefore, double coveredAfter,
                         double travelBefore, double travelAfter, double solverSeconds) {

    public SitingPlan {
        existing = List.copyOf(existing);
        proposed = List.copyOf(proposed);
    }

    /**
     * One chosen site.
     *
     * @param candidate the place
     * @param served    demand whose nearest open site it is (in {@link Demand#unit()})
     * @param covered   of that, within the covering time
     */
    public record Proposed(Candidate candidate, double served, double covered) {
    }

    /** Things the reader of the result must know, zh / en (unused sites, capacity not modelled …). */
    public List<org.drillsim.format.model.LocalizedText> notes() {
        List<org.drillsim.format.model.LocalizedText> out = new java.util.ArrayList<>();
        long idle = proposed.stream().filter(p -> p.served() <= 0).count();
        if (idle > 0) {
            out.add(new org.drillsim.format.model.LocalizedText(
                    idle + " 处新址不服务任何需求：现有设施加 " + (proposed.size() - idle) + " 处即可",
                    idle + " of the new sites serve no demand: the existing ones plus " + (proposed.size() - idle)
                            + " new sites do as well"));
        }
        if (request.kind() == SiteKind.SHELTER) {
            out.add(new org.drillsim.format.model.LocalizedText(
                    "选址按最近可达分配需求，不计容量（服务需求可超过容纳人数）；容量缺口见 drillsim gap 的 shelter-capacity",
                    "demand goes to the nearest reachable site regardless of capacity (served may exceed capacity);"
                            + " for capacity see drillsim gap, shelter-capacity"));
        }
        return out;
    }

    /** Whether the objective is maximal covering. */
    public boolean covering() {
        return request.objective() == SitingObjective.MAX_COVERING;
    }
}
