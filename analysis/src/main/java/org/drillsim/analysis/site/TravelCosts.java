package org.drillsim.analysis.site;

import org.drillsim.routing.Router;
import org.drillsim.world.ScenarioSite;

import java.util.stream.IntStream;

/**
 * Travel times in minutes between sites and demand nodes on the worst road state, one shortest-path tree per site
 * (computed in parallel; the result does not depend on the thread count). Unreachable pairs are
 * {@code +Infinity}.
 */
public final class TravelCosts {
    /** Direction of travel. */
    public enum Direction {
        /** From the site out to the demand (ambulances, trucks). */
        FROM_SITE,
        /** From the demand to the site (evacuees to a shelter). */
        TO_SITE
    }

    private TravelCosts() {
    }

    /**
     * The {@code [site][demand]} minutes.
     *
     * @param siteNodes   road node per site
     * @param demandNodes road node per demand point
     */
    public static double[][] minutes(ScenarioSite site, WorstRoads roads, int[] siteNodes, int[] demandNodes,
                                     Direction direction) {
        ThreadLocal<Router> routers = ThreadLocal.withInitial(() -> new Router(site.network()));
        double[][] out = new double[siteNodes.length][];
        IntStream.range(0, siteNodes.length).parallel().forEach(j -> {
            Router r = routers.get();
            long[] ms = direction == Direction.FROM_SITE ? r.oneToAll(siteNodes[j], roads.state(), 0)
                    : r.allToOne(siteNodes[j], roads.state(), 0);
            double[] col = new double[demandNodes.length];
            for (int i = 0; i < demandNodes.length; i++) {
                long t = ms[demandNodes[i]];
                col[i] = t == Router.UNREACHABLE ? Double.POSITIVE_INFINITY : t / 60_000.0;
            }
            out[j] = col;
        });
        return out;
    }
}
