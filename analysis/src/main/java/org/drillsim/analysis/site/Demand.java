package org.drillsim.analysis.site;

import org.drillsim.format.model.LocalizedText;

/**
 * Demand points of a siting problem: road nodes with weights (people, casualties), aggregated per node.
 *
 * @param nodes       road node per demand point, ascending
 * @param weights     weight per demand point
 * @param what        what the weights are, zh / en (e.g. expected casualties)
 * @param unit        unit of the weights, zh / en
 * @param relocated   weight moved from a node the hazard cuts off to the nearest open node
 */
public record Demand(int[] nodes, double[] weights, LocalizedText what, LocalizedText unit, double relocated) {
    public Demand {
        if (nodes.length != weights.length) {
            throw new IllegalArgumentException(nodes.length + " demand nodes, " + weights.length + " weights");
        }
        nodes = nodes.clone();
        weights = weights.clone();
    }

    /** Total weight. */
    public double total() {
        double s = 0;
        for (double w : weights) {
            s += w;
        }
        return s;
    }

    /** Number of demand points. */
    public int size() {
        return nodes.length;
    }
}
