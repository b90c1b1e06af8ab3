package org.drillsim.register;

import org.drillsim.exporters.run.CorrectiveActions;
import org.drillsim.register.Kinds.ActionStatus;
import org.drillsim.register.Kinds.Form;
import org.drillsim.register.Kinds.Scope;
import org.drillsim.register.Kinds.State;
import org.drillsim.register.Records.Action;
import org.drillsim.register.Records.Drill;
import org.drillsim.register.Records.DrillTarget;
import org.drillsim.runformat.RunFiles;
import org.drillsim.runformat.RunInfo;
import org.drillsim.runformat.Scorecard;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * DrillSim drills in the register and their follow-up (seed 003: 建立演练评估机制，根据评估结果及时修订应急预案): a run
 * directory becomes a drill in state 总结评估 with its targets, and each corrective action of its report
 * ({@link CorrectiveActions}, the same rule as the report's table) becomes a tracked item. The next drill of the same
 * plan shows the previous drill's items with their status and how each target moved.
 */
public final class DrillFollowUp {
    /** Days given to close a corrective action when nobody says otherwise (assumption: one quarter). */
    public static final int DEFAULT_DUE_DAYS = 90;

    private DrillFollowUp() {
    }

    /**
     * Adds a DrillSim run as a drill of {@code unitId}'s plan {@code planId}.
     *
     * @param heldOn  the drill's date, or null for the day the run started
     * @param form    tabletop unless the run was a live drill's support
     * @param dueDays days to close its corrective actions
     * @return the new drill's id
     */
    public static long addRun(RegisterDb db, Path runDir, String unitId, String planId, LocalDate heldOn, Form form, Scope scope,
                              int dueDays) throws IOException, SQLException {
        RunInfo run = RunFiles.readRun(runDir.resolve("run.json"));
        Scorecard card = RunFiles.readScorecard(runDir.resolve("scorecard.json"));
        LocalDate date = heldOn != null ? heldOn
                : run.startedAt() != null && run.startedAt().length() >= 10 ? LocalDate.parse(run.startedAt().substring(0, 10))
                : LocalDate.now();
        long[] id = new long[1];
        db.inTransaction(() -> {
            id[0] = db.addDrill(new Drill(0, unitId, planId, date, form, scope, State.EVALUATION, "drillsim",
                    runDir.toAbsolutePath().normalize().toString(), "DrillSim " + run.scenario().id() + ", "
                    + card.replications() + " replications"));
            for (Scorecard.Target t : card.targets()) {
                db.putTarget(new DrillTarget(id[0], t.id(), t.scored() && t.value() != null ? t.value().mean() : Double.NaN,
                        t.pass()));
            }
            for (CorrectiveActions.Item item : CorrectiveActions.of(card)) {
                db.addAction(new Action(0, id[0], planId, item.targetId(), item.text().zh(), item.department().zh(),
                        date.plusDays(dueDays), item.clause(), ActionStatus.OPEN, null));
            }
        });
        return id[0];
    }

    /**
     * How a target moved from the previous drill of the plan to this one.
     *
     * @param before previous value (NaN when not scored or not drilled)
     * @param after  this drill's value
     */
    public record Movement(String targetId, double before, boolean passBefore, double after, boolean passAfter) {
        /** 改善 / 变差 / 持平 / 新增. */
        public String zh() {
            if (Double.isNaN(before)) {
                return "新增";
            }
            if (Double.isNaN(after)) {
                return "未评";
            }
            return after > before + 1e-9 ? "上升" : after < before - 1e-9 ? "下降" : "持平";
        }
    }

    /**
     * The follow-up of a drill: the previous drill of the same plan, its corrective actions (with their status now),
     * and the movement of every target between the two.
     */
    public record FollowUp(Drill drill, Drill previous, List<Action> previousActions, List<Movement> movements) {
    }

    public static FollowUp of(RegisterDb db, long drillId) throws SQLException {
        Drill d = db.drill(drillId);
        if (d == null) {
            throw new SQLException("no drill with id " + drillId);
        }
        Drill prev = db.previousDrillOfPlan(d);
        if (prev == null) {
            return new FollowUp(d, null, List.of(), List.of());
        }
        Map<String, DrillTarget> before = new HashMap<>();
        for (DrillTarget t : db.targets(prev.id())) {
            before.put(t.targetId(), t);
        }
        List<Movement> moves = new ArrayList<>();
        for (DrillTarget t : db.targets(d.id())) {
            DrillTarget b = before.get(t.targetId());
            moves.add(new Movement(t.targetId(), b == null ? Double.NaN : b.value(), b != null && b.pass(), t.value(), t.pass()));
        }
        return new FollowUp(d, prev, db.actionsOfDrill(prev.id()), moves);
    }
}
