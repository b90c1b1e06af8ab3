package org.drillsim.levels;

import org.drillsim.format.model.AgreementReserve;
import org.drillsim.format.model.Depot;
import org.drillsim.format.model.ReliefItem;
import org.drillsim.format.model.ResponseLevelPlan;
import org.drillsim.format.model.ResponsePolicy;
import org.drillsim.format.model.Scenario;
import org.drillsim.format.model.Shelter;
import org.drillsim.format.model.WarningPlan;
import org.drillsim.runformat.EventTypes;
import org.drillsim.world.HazardTick;
import org.drillsim.world.ModuleContext;
import org.drillsim.world.PersonState;
import org.drillsim.world.PlanArea;
import org.drillsim.world.ResponseModule;
import org.drillsim.world.command.Command;
import org.drillsim.world.command.CommandHandler;
import org.drillsim.world.command.CommandRejectedException;
import org.drillsim.world.command.Issuer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Warnings and the graded response (预警发布与分级响应): handles {@code issue-warning} and {@code start-response};
 * the plan as written ({@code policy.warning}, {@code policy.responseLevels}) issues the warning and starts each
 * level when its trigger is reached, and a started level carries out what the plan says for it (open shelters,
 * call agreement reserves, mobilise teams). Scores {@code relief-level2}: whether the relief stocks cover the
 * relocation needs of a Level II or higher response ({@link ReliefCoverage}).
 */
public final class GradedResponseModule implements ResponseModule {
    private ModuleContext w;
    private ResponsePolicy policy;
    /** The level in force, 1 (I) … 4 (IV); 5 = none. */
    private int level = 5;
    /** The highest level started, 5 = none. */
    private int highest = 5;
    private long level2StartMs = -1;
    /** Peak of the people who had to be relocated (displaced, trapped, on the way or in shelters). */
    private long peakRelocated;
    private String warning;

    @Override
    public String id() {
        return "levels";
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public Set<String> feeds(Scenario scenario) {
        return ReliefCoverage.level2Plan(scenario.policy()) != null ? Set.of("relief-level2") : Set.of();
    }

    /** The level in force: 1 (I) … 4 (IV), or 0 when none has been started. */
    public int level() {
        return level == 5 ? 0 : level;
    }

    /** The last warning issued (level), or null. */
    public String warning() {
        return warning;
    }

    @Override
    public void install(ModuleContext ctx) {
        this.w = ctx;
        this.policy = ctx.scenario().policy();
        ctx.put(GradedResponseModule.class, this);
        ctx.commands().register(Command.IssueWarning.class, new CommandHandler<>() {
            @Override
            public void validate(Command.IssueWarning c) throws CommandRejectedException {
                if (c.level() == null || !WarningPlan.LEVELS.contains(c.level())) {
                    throw new CommandRejectedException("预警级别应为 blue/yellow/orange/red，收到 " + c.level(),
                            "warning level: expected blue, yellow, orange or red, got " + c.level());
                }
                if (c.area() == null || c.area().isBlank()) {
                    throw new CommandRejectedException("须说明预警区域", "the warning needs an area");
                }
            }

            @Override
            public void apply(Command.IssueWarning c) {
                warning = c.level();
                w.log().event(w.now(), EventTypes.WARNING_ISSUED).str("level", c.level()).str("area", c.area())
                        .str("channels", String.join(",", c.channels())).write();
            }
        });
        ctx.commands().register(Command.StartResponse.class, new CommandHandler<>() {
            @Override
            public void validate(Command.StartResponse c) throws CommandRejectedException {
                if (c.level() < 1 || c.level() > 4) {
                    throw new CommandRejectedException("响应级别应为1–4（Ⅰ–Ⅳ级），收到 " + c.level(),
                            "response level: expected 1–4 (I–IV), got " + c.level());
                }
                if (c.level() == level) {
                    throw new CommandRejectedException(ResponseLevelPlan.roman(c.level()) + "级响应已经启动",
                            "a level " + ResponseLevelPlan.roman(c.level()) + " response is already in force");
                }
            }

            @Override
            public void apply(Command.StartResponse c) {
                start(c.level());
            }
        });
        ctx.onTick(this::tick);
        if (ctx.plan().isAutomatic(PlanArea.LEVELS) && policy.warning() != null) {
            WarningPlan wp = policy.warning();
            long at = Math.round((wp.atHours() != null ? wp.atHours() * 60 : policy.alertDelayMinutes()) * 60_000);
            ctx.sim().scheduleAt(at, "plan-warning", () -> w.commands().issue(
                    new Command.IssueWarning(Issuer.PLAN, wp.level(), wp.area(), wp.channels())));
        }
        if (ctx.plan().isAutomatic(PlanArea.LEVELS)) {
            for (ResponseLevelPlan lp : policy.responseLevels()) {
                if (lp.triggerAtHours() != null) {
                    ctx.sim().scheduleAt(Math.round(lp.triggerAtHours() * 3_600_000), "plan-level-" + lp.level(),
                            () -> planStarts(lp));
                }
            }
        }
    }

    private void tick(HazardTick now, HazardTick previous) {
        long relocated = relocatedNow();
        peakRelocated = Math.max(peakRelocated, relocated);
        if (!w.plan().isAutomatic(PlanArea.LEVELS)) {
            return;
        }
        // the most severe level whose displacement trigger is reached
        ResponseLevelPlan due = null;
        for (ResponseLevelPlan lp : policy.responseLevels()) {
            if (lp.triggerDisplacedPeople() != null && relocated >= lp.triggerDisplacedPeople()
                    && (due == null || lp.level() < due.level())) {
                due = lp;
            }
        }
        if (due != null) {
            planStarts(due);
        }
    }

    /** The plan escalates, never de-escalates on its own. */
    private void planStarts(ResponseLevelPlan lp) {
        if (lp.level() < level) {
            w.commands().issue(new Command.StartResponse(Issuer.PLAN, lp.level()));
        }
    }

    private long relocatedNow() {
        var p = w.population();
        return p.count(PersonState.DISPLACED) + p.count(PersonState.TRAPPED) + p.count(PersonState.EVACUATING)
                + p.count(PersonState.SHELTERED);
    }

    private void start(int newLevel) {
        level = newLevel;
        highest = Math.min(highest, newLevel);
        if (newLevel <= 2 && level2StartMs < 0) {
            level2StartMs = w.now();
        }
        w.log().event(w.now(), EventTypes.RESPONSE_LEVEL).num("level", newLevel)
                .str("roman", ResponseLevelPlan.roman(newLevel)).write();
        ResponseLevelPlan lp = planFor(newLevel);
        if (lp == null) {
            return;
        }
        // what the plan as written does at this level, through the same commands a trainee would send
        List<Shelter> largest = new ArrayList<>(w.site().shelters());
        largest.sort(Comparator.comparingLong((Shelter s) -> s.capacityPeople() == null ? 0 : s.capacityPeople())
                .reversed().thenComparing(Shelter::id));
        // shelters already open and reserves already called (by the plan's earlier levels or a trainee) are
        // skipped: re-issuing them only fills the log and the report with rejected commands
        for (int i = 0; i < Math.min(lp.openShelters(), largest.size()); i++) {
            issueUnlessDone(new Command.OpenShelter(Issuer.PLAN, largest.get(i).id()));
        }
        for (String r : lp.callReserves()) {
            issueUnlessDone(new Command.CallReserve(Issuer.PLAN, r)); // ids checked by the scenario's SemanticChecker
        }
        for (String t : lp.mobiliseTeams()) {
            w.log().event(w.now(), EventTypes.TEAM_MOBILISED).str("team", t).num("level", newLevel).write();
        }
    }

    private void issueUnlessDone(Command c) {
        if (w.commands().accepts(c)) {
            w.commands().issue(c);
        }
    }

    private ResponseLevelPlan planFor(int lvl) {
        for (ResponseLevelPlan lp : policy.responseLevels()) {
            if (lp.level() == lvl) {
                return lp;
            }
        }
        return null;
    }

    @Override
    public void finish(ModuleContext ctx) {
        peakRelocated = Math.max(peakRelocated, relocatedNow());
        if (policy.responseLevels().isEmpty() && highest == 5) {
            return;    // the plan has no graded response and nobody started one
        }
        var ind = ctx.indicators();
        ind.put("levels.highest", "最高响应级别（1=Ⅰ级，0=未启动）", "highest response level (1 = I, 0 = none)", "level",
                highest == 5 ? 0 : highest);
        ind.put("levels.level2-start", "启动二级以上响应时间", "time a Level II+ response started", "h",
                level2StartMs < 0 ? Double.NaN : level2StartMs / 3_600_000.0);
        ReliefCoverage cov = ReliefCoverage.of(ctx.scenario(), ctx.site().depots(), highest <= 2, peakRelocated);
        if (cov != null) {
            ind.put("capacity.relief-level2", cov.noteZh(), cov.noteEn(), "%", cov.percent());
        }
    }

    /**
     * Whether the relief stocks (depots and agreement reserves) cover the relocation needs of a Level II+ response
     * for {@code policy.reliefDays} days at the plan's rations.
     *
     * @param days       days of relief to cover
     * @param people     people to relocate: the plan's Level II figure, or the run's peak when a Level II+ response
     *                   started and more had to be relocated
     * @param percent    the least-covered item's stock ÷ need, in %
     * @param limiting   that item
     */
    record ReliefCoverage(long people, double days, double percent, ReliefItem limiting, boolean started) {

        /** The plan's Level II entry (or the mildest level ≤ II that gives a relocation figure), or null. */
        static ResponseLevelPlan level2Plan(ResponsePolicy policy) {
            ResponseLevelPlan best = null;
            for (ResponseLevelPlan lp : policy.responseLevels()) {
                if (lp.level() <= 2 && lp.relocatePeople() != null && (best == null || lp.level() > best.level())) {
                    best = lp;
                }
            }
            return best;
        }

        static ReliefCoverage of(Scenario sc, List<Depot> depots, boolean started, long peakRelocated) {
            ResponseLevelPlan lp = level2Plan(sc.policy());
            if (lp == null) {
                return null;
            }
            long people = started ? Math.max(lp.relocatePeople(), peakRelocated) : lp.relocatePeople();
            double days = sc.policy().reliefDays();
            var r = sc.policy().ration();
            double worst = Double.POSITIVE_INFINITY;
            ReliefItem limiting = null;
            for (ReliefItem item : List.of(ReliefItem.WATER_LITRES, ReliefItem.FOOD_RATIONS, ReliefItem.QUILTS,
                    ReliefItem.TENTS)) {
                double need = switch (item) {
                    case WATER_LITRES -> people * r.waterLitresPerPersonPerDay() * days;
                    case FOOD_RATIONS -> people * r.foodRationsPerPersonPerDay() * days;
                    case QUILTS -> people * r.quiltsPerPerson();
                    case TENTS -> Math.ceil(people / r.peoplePerTent());
                    default -> 0;
                };
                if (need <= 0) {
                    continue;
                }
                double share = stock(sc, depots, item) / need;
                if (share < worst) {
                    worst = share;
                    limiting = item;
                }
            }
            if (limiting == null) {
                return new ReliefCoverage(people, days, 100.0, null, started);
            }
            return new ReliefCoverage(people, days, worst * 100.0, limiting, started);
        }

        /** Depot stock at the start plus agreement reserves (协议储备 are part of the reserve system). */
        static double stock(Scenario sc, List<Depot> depots, ReliefItem item) {
            double s = 0;
            for (Depot d : depots) {
                s += d.stockOf(item);
            }
            for (AgreementReserve a : sc.agreementReserves()) {
                if (a.item() == item) {
                    s += a.quantity();
                }
            }
            return s;
        }

        String noteZh() {
            // short: it is the indicator's label on the terminal and in the reports
            return String.format("储备满足%s转移安置（%d人×%.0f天）的比例，最紧缺：%s", started ? "二级以上响应" : "预案二级响应",
                    people, days, limiting == null ? "无" : limiting.zh());
        }

        String noteEn() {
            return String.format("reserves vs %s relocation needs (%d people × %.0f days); limiting: %s",
                    started ? "Level II+" : "the plan's Level II", people, days,
                    limiting == null ? "none" : limiting.name().toLowerCase().replace('_', ' '));
        }
    }
}
