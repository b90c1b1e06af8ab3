package org.drillsim.register;

import org.drillsim.exporters.doc.Cell;
import org.drillsim.exporters.doc.ReportDocument;
import org.drillsim.exporters.doc.Section;
import org.drillsim.exporters.doc.Table;
import org.drillsim.exporters.text.Status;
import org.drillsim.exporters.text.Text;
import org.drillsim.register.FrequencyRules.Result;
import org.drillsim.register.Records.Action;
import org.drillsim.register.Records.Drill;
import org.drillsim.register.Records.Unit;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The annual drill compliance report (年度应急演练合规报告) as a report document, written to DOCX or XLSX by the
 * exporters' writers: the rules with their sources, compliance per unit, the drills of the year with their workflow
 * state, and the open corrective actions.
 */
public final class ComplianceReport {
    private ComplianceReport() {
    }

    public static ReportDocument build(List<Result> results, List<Unit> units, List<Drill> drills, List<Action> actions, int year,
                                       LocalDate asOf) {
        Map<String, String> unitName = new HashMap<>();
        units.forEach(u -> unitName.put(u.id(), u.name()));
        long ok = results.stream().filter(r -> r.status() == FrequencyRules.Status.COMPLIANT).count();
        long overdue = results.stream().filter(r -> r.status() == FrequencyRules.Status.OVERDUE).count();
        ReportDocument.Builder b = ReportDocument.builder(Text.of(year + "年度应急演练合规报告", "Drill compliance report " + year))
                .subtitle(Text.of("截至 " + asOf, "as of " + asOf))
                .meta(Text.of("检查项", "checks"), String.valueOf(results.size()))
                .meta(Text.of("达标", "compliant"), String.valueOf(ok))
                .meta(Text.of("逾期未完成", "overdue"), String.valueOf(overdue));

        Table.Builder rules = Table.builder("rules", Text.of("演练频次要求及依据", "Drill-frequency rules and their sources"),
                Text.of("编号", "id"), Text.of("要求", "rule"), Text.of("依据（文件、条款）", "source"), Text.of("原文", "wording"))
                .weights(1.4, 3, 3.4, 3.4);
        for (FrequencyRules.Rule r : FrequencyRules.ALL) {
            rules.row(Cell.of(r.id()), Cell.of(Text.of(r.zh(), r.en())), Cell.of(r.source()), Cell.of(r.wording()));
        }
        b.section(Section.builder(1, Text.of("一、演练频次要求", "1. Drill-frequency rules")).add(rules.build()).build());

        Table.Builder t = Table.builder("compliance", Text.of("各单位合规情况", "Compliance per unit"),
                Text.of("要求", "rule"), Text.of("单位/预案", "unit / plan"), Text.of("期间", "period"), Text.of("应开展", "required"),
                Text.of("已开展", "held"), Text.of("状态", "status")).weights(2.6, 2.6, 2.4, 1, 1, 1.3);
        for (Result r : results) {
            boolean share = r.rule() == FrequencyRules.SPECIAL_HALF;
            t.row(Cell.of(Text.of(r.rule().zh(), r.rule().en())), Cell.of(r.subjectName()),
                    Cell.of(r.periodStart() + " – " + r.periodEnd()),
                    share ? Cell.of(Text.same("≥ 50 %")) : Cell.number(r.required(), 0),
                    share ? Cell.of(Text.same(String.format("%.0f %%", r.held()))) : Cell.number(r.held(), 0),
                    statusCell(r.status()));
        }
        b.section(Section.builder(1, Text.of("二、合规情况", "2. Compliance")).add(t.build()).build());

        Table.Builder d = Table.builder("drills", Text.of(year + "年演练台账", "Drills of " + year),
                Text.of("编号", "no."), Text.of("日期", "date"), Text.of("单位", "unit"), Text.of("预案", "plan"),
                Text.of("形式", "form"), Text.of("范围", "scope"), Text.of("流程状态", "workflow state"), Text.of("来源", "source"))
                .weights(0.7, 1.4, 2.4, 1.6, 1.3, 1.6, 1.3, 1);
        for (Drill x : drills) {
            if (x.heldOn().getYear() != year) {
                continue;
            }
            d.row(Cell.number(x.id(), 0), Cell.of(x.heldOn().toString()), Cell.of(unitName.getOrDefault(x.unitId(), x.unitId())),
                    Cell.of(x.planId() == null ? "" : x.planId()), Cell.of(Text.of(x.form().zh(), x.form().en())),
                    Cell.of(Text.of(x.scope().zh(), x.scope().en())), Cell.of(Text.of(x.state().zh(), x.state().en())),
                    Cell.of(x.source()));
        }
        b.section(Section.builder(1, Text.of("三、演练台账（方案→脚本→实施→总结评估→存档）",
                "3. Drills (plan → script → held → evaluation → archive)")).add(d.build()).build());

        Table.Builder a = Table.builder("actions", Text.of("整改事项跟踪", "Corrective actions"),
                Text.of("编号", "no."), Text.of("预案", "plan"), Text.of("整改事项", "item"), Text.of("责任部门", "owner"),
                Text.of("完成时限", "due"), Text.of("修订条款", "clause"), Text.of("状态", "status"))
                .weights(0.7, 1.3, 5, 2, 1.3, 2.2, 1.2);
        for (Action x : actions) {
            a.row(Cell.number(x.id(), 0), Cell.of(x.planId() == null ? "" : x.planId()), Cell.of(x.item()), Cell.of(x.owner()),
                    Cell.of(x.dueOn().toString()), Cell.of(x.clause()), Cell.of(Text.of(x.status().zh(), x.status().en())));
        }
        b.section(Section.builder(1, Text.of("四、整改事项", "4. Corrective actions"))
                .paragraph(Text.of("依据：建立演练评估机制，根据评估结果及时修订应急预案（003 黄石港区规划 第118行）。",
                        "Source: drill evaluation must feed plan revision (003, line 118)."))
                .add(a.build()).build());
        return b.build();
    }

    static Cell statusCell(FrequencyRules.Status s) {
        Status look = switch (s) {
            case COMPLIANT -> Status.PASS;
            case DUE -> Status.WARN;
            case OVERDUE -> Status.FAIL;
        };
        return Cell.of(Text.of(s.zh, s.en)).withStatus(look);
    }
}
