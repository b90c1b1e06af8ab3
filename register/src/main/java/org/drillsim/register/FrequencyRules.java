package org.drillsim.register;

import org.drillsim.register.Kinds.PlanKind;
import org.drillsim.register.Kinds.UnitKind;
import org.drillsim.register.Records.Drill;
import org.drillsim.register.Records.Plan;
import org.drillsim.register.Records.Unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The drill-frequency rules of the plans (TARGETS.md, "Drill requirements"), each with its source clause, applied per
 * unit (or plan, or the whole district) and year. A drill counts once it has been held (state 实施 or later) within
 * the rule's period. A rule is <b>compliant</b> when enough drills were held in its period, <b>overdue</b> when the
 * period has ended short of that, and <b>due</b> while the period still runs short of it.
 */
public final class FrequencyRules {
    private FrequencyRules() {
    }

    /** Compliance status. */
    public enum Status {
        COMPLIANT("达标", "compliant"), DUE("待开展", "due"), OVERDUE("逾期未完成", "overdue");

        public final String zh;
        public final String en;

        Status(String zh, String en) {
            this.zh = zh;
            this.en = en;
        }
    }

    /**
     * One rule and where it comes from.
     *
     * @param id      short id
     * @param zh      the rule in Chinese
     * @param en      the rule in English
     * @param source  seed file, document and line
     * @param wording the plan's original wording
     */
    public record Rule(String id, String zh, String en, String source, String wording) {
    }

    public static final Rule COMPREHENSIVE_4 = new Rule("comprehensive-4", "全区综合性演练每年不少于4次",
            "≥ 4 district-wide comprehensive drills a year", "000 环翠区重大突发事件应急保障体系规划 §(3)应急救援培训演练, line 228",
            "全区综合性演练每年不少于4次");
    public static final Rule JOINT_1 = new Rule("joint-1", "每年至少一次有关部门联合参与的综合演练",
            "≥ 1 joint multi-department drill a year", "000 环翠区重大突发事件应急保障体系规划 §(2)健全完善应急预案体系, line 316",
            "每年至少举行一次有关部门联合参与的综合演练");
    public static final Rule HIGH_RISK_6M = new Rule("high-risk-6m", "高危行业企业、人员密集场所至少每半年演练一次",
            "high-risk enterprises and crowded venues: a drill every 6 months", "000 §(2)健全完善应急预案体系, line 316",
            "高危行业企业、人员密集场所经营单位至少每半年进行一次应急演练");
    public static final Rule ENTERPRISE_1Y = new Rule("enterprise-1y", "其他企业至少每年演练一次", "other enterprises: a drill a year",
            "000 §(2)健全完善应急预案体系, line 316", "其他企业至少每年进行一次应急演练");
    public static final Rule PLAN_UNIT_LIVE_1 = new Rule("plan-unit-live-1", "应急预案编制单位每年至少一次实战演练",
            "every plan-writing unit: ≥ 1 live drill a year", "002 松北区“十三五”应急体系规划 §3 增强应急演练的实战性, line 146",
            "应急预案编制单位每年至少进行一次实战演练");
    public static final Rule SCHOOL_2 = new Rule("school-2", "各类学校每年2次以上应急演练", "schools: ≥ 2 drills a year",
            "002 松北区“十三五”应急体系规划 §2 完善应急管理培训教育体系, line 176", "各类学校每年组织开展2次以上的应急演练");
    public static final Rule DEPARTMENT_2Y = new Rule("department-2y", "部门预案原则上每两年演练一次",
            "department plans: drilled every 2 years", "003 黄石港区“十四五”应急管理规划 §2 健全完善应急预案演练机制, line 116",
            "部门预案原则上每两年演练一次");
    public static final Rule SPECIAL_HALF = new Rule("special-half", "专项预案演练占演练总数的50%",
            "special-plan drills: 50 % of all drills", "003 黄石港区“十四五”应急管理规划 §2 健全完善应急预案演练机制, line 116",
            "力争专项预案演练占总数的50%");

    /** Every rule, in report order. */
    public static final List<Rule> ALL = List.of(COMPREHENSIVE_4, JOINT_1, HIGH_RISK_6M, ENTERPRISE_1Y, PLAN_UNIT_LIVE_1,
            SCHOOL_2, DEPARTMENT_2Y, SPECIAL_HALF);

    /**
     * One rule applied to one subject in one period.
     *
     * @param subject     unit id, plan id, or {@code 全区} for district-wide rules
     * @param subjectName its name
     * @param periodStart first day of the period
     * @param periodEnd   last day
     * @param required    drills (or, for special-half, %) required
     * @param held        drills held (or the special-plan share in %)
     */
    public record Result(Rule rule, String subject, String subjectName, LocalDate periodStart, LocalDate periodEnd,
                         double required, double held, Status status) {
    }

    /** The district as a whole (district-wide rules). */
    public static final String DISTRICT = "全区";

    /**
     * Applies every rule to the register's units, plans and drills for {@code year}, as things stand on {@code asOf}.
     */
    public static List<Result> evaluate(List<Unit> units, List<Plan> plans, List<Drill> drills, int year, LocalDate asOf) {
        LocalDate jan1 = LocalDate.of(year, 1, 1);
        LocalDate dec31 = LocalDate.of(year, 12, 31);
        List<Drill> held = drills.stream().filter(d -> d.state().held()).toList();
        Map<String, Plan> planById = new HashMap<>();
        plans.forEach(p -> planById.put(p.id(), p));
        List<Result> out = new ArrayList<>();

        // district-wide rules
        String districtName = units.stream().filter(u -> u.kind() == UnitKind.DISTRICT).map(Unit::name).findFirst().orElse(DISTRICT);
        out.add(count(COMPREHENSIVE_4, DISTRICT, districtName, held, d -> d.scope().isComprehensive(), jan1, dec31, 4, asOf));
        out.add(count(JOINT_1, DISTRICT, districtName, held, d -> d.scope() == Kinds.Scope.JOINT, jan1, dec31, 1, asOf));
        List<Drill> inYear = held.stream().filter(d -> within(d, jan1, dec31)).toList();
        long special = inYear.stream().filter(d -> d.planId() != null && planById.containsKey(d.planId())
                && planById.get(d.planId()).kind() == PlanKind.SPECIAL).count();
        double share = inYear.isEmpty() ? 0 : 100.0 * special / inYear.size();
        out.add(new Result(SPECIAL_HALF, DISTRICT, districtName, jan1, dec31, 50, share,
                !inYear.isEmpty() && share >= 50 ? Status.COMPLIANT : asOf.isAfter(dec31) ? Status.OVERDUE : Status.DUE));

        for (Unit u : units) {
            Predicate<Drill> ofUnit = d -> d.unitId().equals(u.id());
            if (u.kind() == UnitKind.ENTERPRISE && u.highRisk() || u.crowded() || u.kind() == UnitKind.VENUE) {
                // every half-year: H1 and H2 are separate periods
                out.add(count(HIGH_RISK_6M, u.id(), u.name(), held, ofUnit, jan1, LocalDate.of(year, 6, 30), 1, asOf));
                out.add(count(HIGH_RISK_6M, u.id(), u.name(), held, ofUnit, LocalDate.of(year, 7, 1), dec31, 1, asOf));
            } else if (u.kind() == UnitKind.ENTERPRISE) {
                out.add(count(ENTERPRISE_1Y, u.id(), u.name(), held, ofUnit, jan1, dec31, 1, asOf));
            }
            if (u.writesPlans()) {
                out.add(count(PLAN_UNIT_LIVE_1, u.id(), u.name(), held, ofUnit.and(d -> d.form().isLive()), jan1, dec31, 1, asOf));
            }
            if (u.kind() == UnitKind.SCHOOL) {
                out.add(count(SCHOOL_2, u.id(), u.name(), held, ofUnit, jan1, dec31, 2, asOf));
            }
        }
        for (Plan p : plans) {
            if (p.kind() == PlanKind.DEPARTMENT) {
                out.add(count(DEPARTMENT_2Y, p.id(), p.title(), held, d -> p.id().equals(d.planId()),
                        LocalDate.of(year - 1, 1, 1), dec31, 1, asOf));
            }
        }
        return out;
    }

    static Result count(Rule rule, String subject, String name, List<Drill> held, Predicate<Drill> which, LocalDate from,
                        LocalDate to, int required, LocalDate asOf) {
        long n = held.stream().filter(which).filter(d -> within(d, from, to) && !d.heldOn().isAfter(asOf)).count();
        Status st = n >= required ? Status.COMPLIANT : asOf.isAfter(to) ? Status.OVERDUE : Status.DUE;
        return new Result(rule, subject, name, from, to, required, n, st);
    }

    private static boolean within(Drill d, LocalDate from, LocalDate to) {
        return !d.heldOn().isBefore(from) && !d.heldOn().isAfter(to);
    }
}
