package org.drillsim.format.model;

import java.util.List;

/**
 * The unit's own emergency plan (本单位应急预案): the document its targets come from. Where it names a clause
 * for a target, the scorecard cites that clause instead of the catalogue's seed clause (another city's plan).
 *
 * @param title          plan title, e.g. 松北区防汛应急预案
 * @param documentNumber document number (文号), e.g. 哈松政办发〔2024〕12号
 * @param clauses        the clause behind each target it names
 */
@Doc("The unit's own emergency plan (本单位应急预案) cited by the scorecard")
public record ScenarioPlan(
        @Doc("plan title (预案名称)") LocalizedText title,
        @Opt @Doc("document number (文号); default none") String documentNumber,
        @Opt @Doc("the clause behind each target; targets not listed cite the catalogue's source") List<PlanClause> clauses) {

    public ScenarioPlan {
        documentNumber = documentNumber == null ? "" : documentNumber;
        clauses = clauses == null ? List.of() : List.copyOf(clauses);
    }

    /** The clause this plan gives for a target id, or null. */
    public PlanClause clauseFor(String targetId) {
        for (PlanClause c : clauses) {
            if (c.target().equals(targetId)) {
                return c;
            }
        }
        return null;
    }
}
