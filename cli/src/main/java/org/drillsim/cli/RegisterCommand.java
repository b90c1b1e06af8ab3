package org.drillsim.cli;

import org.drillsim.exporters.ReportFormat;
import org.drillsim.format.io.TerminalText;
import org.drillsim.exporters.text.Language;
import org.drillsim.register.ComplianceReport;
import org.drillsim.register.DrillFollowUp;
import org.drillsim.register.FrequencyRules;
import org.drillsim.register.Kinds;
import org.drillsim.register.Kinds.ActionStatus;
import org.drillsim.register.Kinds.Form;
import org.drillsim.register.Kinds.PlanKind;
import org.drillsim.register.Kinds.Scope;
import org.drillsim.register.Kinds.State;
import org.drillsim.register.Kinds.UnitKind;
import org.drillsim.register.Records;
import org.drillsim.register.RegisterDb;
import org.drillsim.register.XlsxImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code drillsim register …}: the drill register (演练台账) — units, plans and drills in an embedded database, the
 * plans' drill-frequency rules per unit and year, corrective actions followed up to the next drill of the plan, and
 * the annual compliance report. The database is {@code --db}, else {@code $DRILLSIM_REGISTER}, else
 * {@code ~/.drillsim/register.db}.
 */
@Command(name = "register", mixinStandardHelpOptions = true,
        description = {"演练台账：单位、预案、演练、频次合规、整改跟踪 / drill register: units, plans, drills, compliance, corrective actions",
                "数据库 / database: --db, $DRILLSIM_REGISTER, ~/.drillsim/register.db"},
        subcommands = {RegisterCommand.Import.class, RegisterCommand.AddUnit.class, RegisterCommand.AddPlan.class,
                RegisterCommand.AddDrill.class, RegisterCommand.AddRun.class, RegisterCommand.SetState.class,
                RegisterCommand.Drills.class, RegisterCommand.ShowDrill.class, RegisterCommand.Actions.class,
                RegisterCommand.SetAction.class, RegisterCommand.Compliance.class, RegisterCommand.Report.class})
public final class RegisterCommand implements Runnable {
    /** Exit code for bad input. */
    static final int EXIT_INVALID = 2;

    @Option(names = "--db", paramLabel = "FILE", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "台账数据库文件 / register database file")
    Path db;

    final PrintStream out;
    final PrintStream err;

    public RegisterCommand() {
        this(System.out, System.err);
    }

    RegisterCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(out);
    }

    RegisterDb open() throws java.sql.SQLException {
        return RegisterDb.open(RegisterDb.locate(db));
    }

    /** Runs one subcommand's work with the database open; bad input and database errors are one line, exit 2. */
    abstract static class Sub implements Callable<Integer> {
        @ParentCommand
        RegisterCommand parent;

        abstract void work(RegisterDb db) throws Exception;

        @Override
        public Integer call() {
            org.drillsim.exporters.QuietLogging.quiet();   // before the first POI class loads
            try (RegisterDb db = parent.open()) {
                work(db);
                return 0;
            } catch (XlsxImport.ImportException | IllegalArgumentException e) {
                parent.err.println(TerminalText.escape("drillsim register: " + e.getMessage()));
                return EXIT_INVALID;
            } catch (java.sql.SQLException | java.io.IOException e) {
                parent.err.println(TerminalText.escape("drillsim register: " + e.getMessage()));
                return EXIT_INVALID;
            } catch (Exception e) {
                parent.err.println(TerminalText.escape("drillsim register: (internal) " + e));
                return 1;
            }
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "从 XLSX 导入单位、预案、演练（模板 docs/examples/register-sample-district.xlsx）/ import units, plans, drills from XLSX")
    static final class Import extends Sub {
        @Parameters(paramLabel = "FILE.xlsx") Path file;

        @Override
        void work(RegisterDb db) throws Exception {
            XlsxImport.Counts c = XlsxImport.read(file, db);
            parent.out.println("已导入 / imported: " + c.units() + " 个单位 units, " + c.plans() + " 个预案 plans, "
                    + c.drills() + " 次演练 drills");
        }
    }

    @Command(name = "add-unit", mixinStandardHelpOptions = true, description = "登记单位 / add a unit")
    static final class AddUnit extends Sub {
        @Parameters(index = "0", paramLabel = "ID") String id;
        @Option(names = "--name", required = true) String name;
        @Option(names = "--kind", required = true, description = "district|department|subdistrict|enterprise|school|venue") String kind;
        @Option(names = "--high-risk", description = "高危行业企业") boolean highRisk;
        @Option(names = "--crowded", description = "人员密集场所经营单位") boolean crowded;
        @Option(names = "--no-plans", description = "不编制预案 / writes no plans") boolean noPlans;

        @Override
        void work(RegisterDb db) throws Exception {
            db.putUnit(new Records.Unit(id, name, Kinds.parse(UnitKind.class, kind, "--kind"), highRisk, crowded, !noPlans));
            parent.out.println("已登记单位 / unit saved: " + id);
        }
    }

    @Command(name = "add-plan", mixinStandardHelpOptions = true, description = "登记预案 / add a plan")
    static final class AddPlan extends Sub {
        @Parameters(index = "0", paramLabel = "ID") String id;
        @Option(names = "--unit", required = true) String unit;
        @Option(names = "--title", required = true) String title;
        @Option(names = "--kind", required = true, description = "overall|special|department|unit") String kind;

        @Override
        void work(RegisterDb db) throws Exception {
            db.putPlan(new Records.Plan(id, unit, title, Kinds.parse(PlanKind.class, kind, "--kind")));
            parent.out.println("已登记预案 / plan saved: " + id);
        }
    }

    @Command(name = "add-drill", mixinStandardHelpOptions = true, description = "登记在别处开展的演练 / enter a drill held elsewhere")
    static final class AddDrill extends Sub {
        @Option(names = "--unit", required = true) String unit;
        @Option(names = "--plan") String plan;
        @Option(names = "--date", required = true, description = "yyyy-MM-dd") LocalDate date;
        @Option(names = "--form", defaultValue = "live", description = "live|tabletop|double-blind") String form;
        @Option(names = "--scope", defaultValue = "single", description = "comprehensive|joint|special|single") String scope;
        @Option(names = "--state", defaultValue = "run", description = "plan|script|run|evaluation|archive") String state;
        @Option(names = "--note") String note;

        @Override
        void work(RegisterDb db) throws Exception {
            long id = db.addDrill(new Records.Drill(0, unit, plan, date, Kinds.parse(Form.class, form, "--form"),
                    Kinds.parse(Scope.class, scope, "--scope"), Kinds.parse(State.class, state, "--state"), "entered", null, note));
            parent.out.println("已登记演练 / drill saved: #" + id);
        }
    }

    @Command(name = "add-run", mixinStandardHelpOptions = true,
            description = {"把 DrillSim 运行目录登记为一次演练，评分未达标项转为整改事项 / add a DrillSim run as a drill; its corrective actions become tracked items",
                    "同一预案的上一次演练的整改情况随即列出 / the previous drill of the plan is followed up at once"})
    static final class AddRun extends Sub {
        @Parameters(paramLabel = "RUN_DIR") Path runDir;
        @Option(names = "--unit", required = true) String unit;
        @Option(names = "--plan", required = true) String plan;
        @Option(names = "--date", description = "演练日期，默认运行日期 / drill date, default the run's") LocalDate date;
        @Option(names = "--form", defaultValue = "tabletop") String form;
        @Option(names = "--scope", defaultValue = "special") String scope;
        @Option(names = "--due-days", defaultValue = "" + DrillFollowUp.DEFAULT_DUE_DAYS,
                description = "整改期限（天）/ days to close each action (default ${DEFAULT-VALUE})") int dueDays;

        @Override
        void work(RegisterDb db) throws Exception {
            long id = DrillFollowUp.addRun(db, runDir, unit, plan, date, Kinds.parse(Form.class, form, "--form"),
                    Kinds.parse(Scope.class, scope, "--scope"), dueDays);
            parent.out.println("已登记演练 / drill saved: #" + id + " (" + db.actionsOfDrill(id).size() + " 项整改事项 corrective actions)");
            printFollowUp(db, id, parent.out);
        }
    }

    @Command(name = "state", mixinStandardHelpOptions = true, description = "演练流程状态 / set a drill's workflow state")
    static final class SetState extends Sub {
        @Parameters(index = "0", paramLabel = "DRILL") long drill;
        @Parameters(index = "1", paramLabel = "STATE", description = "plan|script|run|evaluation|archive (方案/脚本/实施/总结评估/存档)") String state;

        @Override
        void work(RegisterDb db) throws Exception {
            State s = Kinds.parse(State.class, state, "STATE");
            db.setState(drill, s);
            parent.out.println("#" + drill + " → " + s.zh() + " / " + s.en());
        }
    }

    @Command(name = "drills", mixinStandardHelpOptions = true, description = "演练台账 / list drills")
    static final class Drills extends Sub {
        @Option(names = "--year") Integer year;

        @Override
        void work(RegisterDb db) throws Exception {
            Map<String, String> names = unitNames(db);
            parent.out.println("编号 | 日期 | 单位 | 预案 | 形式 | 范围 | 状态 | 来源");
            for (Records.Drill d : db.drills()) {
                if (year != null && d.heldOn().getYear() != year) {
                    continue;
                }
                parent.out.println(TerminalText.escape("#" + d.id() + " | " + d.heldOn() + " | " + names.getOrDefault(d.unitId(), d.unitId())
                        + " | " + (d.planId() == null ? "-" : d.planId()) + " | " + d.form().zh() + " | " + d.scope().zh() + " | "
                        + d.state().zh() + " | " + d.source()));
            }
        }
    }

    @Command(name = "drill", mixinStandardHelpOptions = true,
            description = "一次演练及同一预案上次演练的整改跟踪 / one drill and the follow-up of the plan's previous drill")
    static final class ShowDrill extends Sub {
        @Parameters(paramLabel = "DRILL") long drill;

        @Override
        void work(RegisterDb db) throws Exception {
            Records.Drill d = db.drill(drill);
            if (d == null) {
                throw new IllegalArgumentException("没有编号为 " + drill + " 的演练 / no drill #" + drill);
            }
            parent.out.println(TerminalText.escape("#" + d.id() + " " + d.heldOn() + " " + d.unitId() + " " + (d.planId() == null ? "" : d.planId())
                    + " " + d.form().zh() + " " + d.scope().zh() + " 状态 " + d.state().zh() + " / " + d.state().en()));
            printFollowUp(db, drill, parent.out);
        }
    }

    @Command(name = "actions", mixinStandardHelpOptions = true, description = "整改事项 / corrective actions")
    static final class Actions extends Sub {
        @Option(names = "--plan") String plan;

        @Override
        void work(RegisterDb db) throws Exception {
            for (Records.Action a : db.actions(plan)) {
                parent.out.println(TerminalText.escape(actionLine(a)));
                parent.out.println(TerminalText.escape("    " + a.item()));
            }
        }
    }

    @Command(name = "action", mixinStandardHelpOptions = true, description = "更新整改事项状态 / set a corrective action's status")
    static final class SetAction extends Sub {
        @Parameters(index = "0", paramLabel = "ACTION") long action;
        @Parameters(index = "1", paramLabel = "STATUS", description = "open|in-progress|closed") String status;
        @Option(names = "--date", description = "完成日期，默认今天 / date closed, default today") LocalDate date;

        @Override
        void work(RegisterDb db) throws Exception {
            ActionStatus s = Kinds.parse(ActionStatus.class, status, "STATUS");
            db.setActionStatus(action, s, date != null ? date : LocalDate.now());
            parent.out.println("整改事项 / action #" + action + " → " + s.zh() + " / " + s.en());
        }
    }

    @Command(name = "compliance", mixinStandardHelpOptions = true,
            description = "按单位和年度检查演练频次 / drill-frequency compliance per unit and year")
    static final class Compliance extends Sub {
        @Option(names = "--year", required = true) int year;
        @Option(names = "--as-of", description = "检查日期，默认今天与年末中较早者 / date of the check (default: today or the year's end, the earlier)") LocalDate asOf;

        @Override
        void work(RegisterDb db) throws Exception {
            LocalDate at = asOf(asOf, year);
            parent.out.println(year + " 年度演练合规 / drill compliance, as of " + at);
            for (FrequencyRules.Result r : FrequencyRules.evaluate(db.units(), db.plans(), db.drills(), year, at)) {
                boolean share = r.rule() == FrequencyRules.SPECIAL_HALF;
                parent.out.println(TerminalText.escape(String.format("%-6s %-16s %s  %s–%s  %s/%s  [%s]", r.status().zh,
                        r.rule().id(), r.subjectName(), r.periodStart(), r.periodEnd(),
                        share ? String.format("%.0f%%", r.held()) : String.valueOf((long) r.held()),
                        share ? "50%" : String.valueOf((long) r.required()), r.rule().source())));
            }
        }
    }

    @Command(name = "report", mixinStandardHelpOptions = true, description = "年度合规报告（DOCX 或 XLSX）/ annual compliance report")
    static final class Report extends Sub {
        @Option(names = "--year", required = true) int year;
        @Option(names = "--as-of") LocalDate asOf;
        @Option(names = "--out", required = true, paramLabel = "FILE.docx|FILE.xlsx") Path file;

        @Override
        void work(RegisterDb db) throws Exception {
            LocalDate at = asOf(asOf, year);
            String name = file.getFileName().toString();
            String ext = name.substring(name.lastIndexOf('.') + 1);
            ReportFormat fmt = ReportFormat.parse(ext);
            if (fmt != ReportFormat.DOCX && fmt != ReportFormat.XLSX) {
                throw new IllegalArgumentException("--out: 需要 .docx 或 .xlsx / expected a .docx or .xlsx file, got " + name);
            }
            var doc = ComplianceReport.build(FrequencyRules.evaluate(db.units(), db.plans(), db.drills(), year, at), db.units(),
                    db.drills(), db.actions(null), year, at);
            fmt.write(doc, Language.ZH, file);
            parent.out.println("报告 / report: " + file);
        }
    }

    static LocalDate asOf(LocalDate given, int year) {
        if (given != null) {
            return given;
        }
        LocalDate end = LocalDate.of(year, 12, 31);
        LocalDate today = LocalDate.now();
        return today.isBefore(end) ? today : end;
    }

    static Map<String, String> unitNames(RegisterDb db) throws java.sql.SQLException {
        Map<String, String> m = new HashMap<>();
        for (Records.Unit u : db.units()) {
            m.put(u.id(), u.name());
        }
        return m;
    }

    static String actionLine(Records.Action a) {
        return "#" + a.id() + " [" + a.status().zh() + " / " + a.status().en() + "] " + (a.planId() == null ? "" : a.planId() + " ")
                + "责任 owner: " + a.owner() + "; 时限 due " + a.dueOn() + (a.closedOn() == null ? "" : "; 完成 closed " + a.closedOn())
                + "; 条款 clause: " + a.clause();
    }

    static void printFollowUp(RegisterDb db, long drillId, PrintStream out) throws java.sql.SQLException {
        DrillFollowUp.FollowUp f = DrillFollowUp.of(db, drillId);
        if (f.previous() == null) {
            out.println("同一预案此前没有演练 / no earlier drill of this plan");
            return;
        }
        out.println(TerminalText.escape("上次演练 / previous drill of the plan: #" + f.previous().id() + " " + f.previous().heldOn()));
        List<Records.Action> acts = f.previousActions();
        long closed = acts.stream().filter(a -> a.status() == ActionStatus.CLOSED).count();
        out.println("上次整改事项 / its corrective actions: " + closed + " / " + acts.size() + " 已完成 closed");
        for (Records.Action a : acts) {
            out.println(TerminalText.escape("  " + actionLine(a)));
            out.println(TerminalText.escape("      " + a.item()));
        }
        if (!f.movements().isEmpty()) {
            out.println("目标变化 / targets since the previous drill:");
            for (DrillFollowUp.Movement m : f.movements()) {
                out.println(TerminalText.escape(String.format("  %-22s %s → %s  %s%s", m.targetId(), fmt(m.before()), fmt(m.after()), m.zh(),
                        !Double.isNaN(m.before()) && m.passBefore() != m.passAfter() ? (m.passAfter() ? "（转为达标 now passes）" : "（转为未达标 now fails）") : "")));
            }
        }
    }

    private static String fmt(double v) {
        return Double.isNaN(v) ? "–" : String.format("%.3f", v);
    }
}
