package org.drillsim.register;

import org.drillsim.register.Kinds.ActionStatus;
import org.drillsim.register.Kinds.Form;
import org.drillsim.register.Kinds.PlanKind;
import org.drillsim.register.Kinds.Scope;
import org.drillsim.register.Kinds.State;
import org.drillsim.register.Kinds.UnitKind;

import java.time.LocalDate;

/** The register's rows. */
public final class Records {
    private Records() {
    }

    /**
     * A unit (单位).
     *
     * @param highRisk    a high-risk enterprise (高危行业企业)
     * @param crowded     runs a crowded venue (人员密集场所经营单位)
     * @param writesPlans writes its own emergency plans (应急预案编制单位)
     */
    public record Unit(String id, String name, UnitKind kind, boolean highRisk, boolean crowded, boolean writesPlans) {
    }

    /** A plan (预案) of a unit. */
    public record Plan(String id, String unitId, String title, PlanKind kind) {
    }

    /**
     * A drill (演练).
     *
     * @param id     0 before it is stored
     * @param planId the plan drilled, or null
     * @param source drillsim, entered or xlsx
     * @param runDir the DrillSim run directory, or null
     */
    public record Drill(long id, String unitId, String planId, LocalDate heldOn, Form form, Scope scope, State state,
                        String source, String runDir, String note) {
    }

    /** A target result of a DrillSim drill (to show whether it moved at the next drill). */
    public record DrillTarget(long drillId, String targetId, double value, boolean pass) {
    }

    /** A corrective action (整改事项) tracked until closed. */
    public record Action(long id, long drillId, String planId, String targetId, String item, String owner, LocalDate dueOn,
                         String clause, ActionStatus status, LocalDate closedOn) {
    }
}
