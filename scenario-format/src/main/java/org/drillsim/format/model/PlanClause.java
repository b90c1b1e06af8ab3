package org.drillsim.format.model;

/**
 * One clause of the unit's own plan and the target it sets.
 *
 * @param target  target id from the catalogue, also listed in the scenario's targets
 * @param clause  clause number, e.g. 第五章 5.2.3
 * @param wording the clause's wording (原文); default none
 */
@Doc("Clause of the unit's plan behind one target")
public record PlanClause(
        @Doc("target id, one of the scenario's targets") String target,
        @Doc("clause number (条款), e.g. 5.2.3") String clause,
        @Opt @Doc("original wording (原文); default none") String wording) {

    public PlanClause {
        wording = wording == null ? "" : wording;
    }
}
