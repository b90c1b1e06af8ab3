package org.drillsim.analysis.site;

import org.drillsim.hazards.ProtectiveAction;
import org.drillsim.format.model.LocalizedText;
import org.drillsim.format.model.Shelter;
import org.drillsim.world.CellEffect;
import org.drillsim.world.HazardTick;
import org.drillsim.world.PopulationCell;
import org.drillsim.world.ScenarioSite;

import java.util.List;
import java.util.TreeMap;

/**
 * What each kind of facility serves, read from the scenario's hazard timeline (deterministic, no simulation):
 * <ul>
 *   <li>ambulance bases — expected casualties per cell: residents × the largest injury fraction the hazards reach
 *       there;</li>
 *   <li>shelters — displaced residents per cell (cells the hazards displace or order evacuated at any time);</li>
 *   <li>depots — the existing shelters, each weighted by the displaced residents whose nearest shelter it is
 *       (by travel time on the same worst road state).</li>
 * </ul>
 * When a hazard yields none of that (e.g. a leak that only orders sheltering in place), the residents of the cells
 * it touches are used, and failing that every resident — stated in {@link Demand#what()}. Demand at a node the hazard
 * cuts off is moved to the nearest open node (people are carried out, as the medical module does).
 */
public final class DemandModel {
    private DemandModel() {
    }

    /**
     * The demand of {@code kind}.
     *
     * @param roads the worst road state for this kind's travellers
     */
    public static Demand of(ScenarioSite site, SiteKind kind, WorstRoads roads) {
        int n = site.cells().size();
        double[] injury = new double[n];
        boolean[] displaced = new boolean[n];
        boolean[] touched = new boolean[n];
        List<CellEffect> previous = null;
        for (HazardTick t : site.timeline().ticks()) {
            if (t.cells() == previous) {
                continue;
            }
            previous = t.cells();
            for (CellEffect ce : t.cells()) {
                int c = ce.cell();
                touched[c] = true;
                injury[c] = Math.max(injury[c], ce.effect().injuryFraction());
                displaced[c] |= ce.effect().displaced() || ce.effect().action() == ProtectiveAction.EVACUATE;
            }
        }
        double[] w = new double[n];
        LocalizedText what;
        LocalizedText unit = new LocalizedText("人", "people");
        if (kind == SiteKind.AMBULANCE_BASE && fill(site, w, injury, null)) {
            what = new LocalizedText("预计伤员（居民 × 最大受伤比例）", "expected casualties (residents × largest injury fraction)");
        } else if (kind != SiteKind.AMBULANCE_BASE && fill(site, w, null, displaced)) {
            what = new LocalizedText("受灾转移居民", "displaced residents");
        } else if (fill(site, w, null, touched)) {
            what = new LocalizedText("灾害影响范围内的居民（无伤员/转移数据）", "residents of the cells the hazard touches (no casualties or displacement)");
        } else {
            fill(site, w, null, null);
            what = new LocalizedText("全部居民（灾害未影响任何居民）", "all residents (the hazard touches no one)");
        }
        TreeMap<Integer, Double> perNode = new TreeMap<>();
        double relocated = 0;
        for (PopulationCell c : site.cells()) {
            double x = w[c.index()];
            if (x <= 0) {
                continue;
            }
            int node = roads.nearestOpen(site.network(), c.node());
            if (node != c.node()) {
                relocated += x;
            }
            perNode.merge(node, x, Double::sum);
        }
        Demand cells = toDemand(perNode, what, unit, relocated);
        if (kind != SiteKind.DEPOT) {
            return cells;
        }
        return shelters(site, roads, cells);
    }

    /** Cell weights: people × fraction, or people where the flag is set, or all people; true when any is positive. */
    private static boolean fill(ScenarioSite site, double[] w, double[] fraction, boolean[] flag) {
        boolean any = false;
        for (PopulationCell c : site.cells()) {
            double x = fraction != null ? c.people() * fraction[c.index()]
                    : flag == null || flag[c.index()] ? c.people() : 0;
            w[c.index()] = x;
            any |= x > 0;
        }
        return any;
    }

    /** The existing shelters weighted by the displaced demand whose nearest shelter each is. */
    private static Demand shelters(ScenarioSite site, WorstRoads roads, Demand displaced) {
        List<Shelter> shelters = site.shelters();
        if (shelters.isEmpty()) {
            return displaced; // no shelter to supply: the depots serve the displaced where they are
        }
        int[] nodes = shelters.stream().mapToInt(s -> site.facility(s.id()).node()).toArray();
        double[][] toShelter = TravelCosts.minutes(site, roads, nodes, displaced.nodes(), TravelCosts.Direction.TO_SITE);
        double[] w = new double[shelters.size()];
        double assigned = 0;
        for (int i = 0; i < displaced.size(); i++) {
            int best = -1;
            for (int j = 0; j < nodes.length; j++) {
                if (toShelter[j][i] < Double.POSITIVE_INFINITY && (best < 0 || toShelter[j][i] < toShelter[best][i])) {
                    best = j;
                }
            }
            if (best >= 0) {
                w[best] += displaced.weights()[i];
                assigned += displaced.weights()[i];
            }
        }
        LocalizedText what = new LocalizedText("现有避难场所（按就近分配的受灾转移居民加权）",
                "existing shelters, weighted by the displaced residents nearest to each");
        if (assigned == 0) {
            for (int j = 0; j < w.length; j++) {
                w[j] = shelters.get(j).capacityPeople();
            }
            what = new LocalizedText("现有避难场所（按容量加权）", "existing shelters, weighted by capacity");
        }
        TreeMap<Integer, Double> perNode = new TreeMap<>();
        for (int j = 0; j < nodes.length; j++) {
            if (w[j] > 0) {
                perNode.merge(roads.nearestOpen(site.network(), nodes[j]), w[j], Double::sum);
            }
        }
        return toDemand(perNode, what, new LocalizedText("人", "people"), displaced.relocated());
    }

    private static Demand toDemand(TreeMap<Integer, Double> perNode, LocalizedText what, LocalizedText unit, double relocated) {
        int[] nodes = new int[perNode.size()];
        double[] weights = new double[perNode.size()];
        int k = 0;
        for (var e : perNode.entrySet()) {
            nodes[k] = e.getKey();
            weights[k] = e.getValue();
            k++;
        }
        return new Demand(nodes, weights, what, unit, relocated);
    }
}
