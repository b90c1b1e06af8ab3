package org.drillsim.register;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.drillsim.register.Kinds.Form;
import org.drillsim.register.Kinds.PlanKind;
import org.drillsim.register.Kinds.Scope;
import org.drillsim.register.Kinds.State;
import org.drillsim.register.Kinds.UnitKind;
import org.drillsim.register.Records.Drill;
import org.drillsim.register.Records.Plan;
import org.drillsim.register.Records.Unit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Imports a district's units, plans and drills from a workbook (template: {@code docs/examples/register-sample-district.xlsx}).
 * Three sheets, found by name (单位 / 预案 / 演练, or units / plans / drills), the first row a header, columns in
 * this order:
 * <ul>
 *   <li>单位: 编号, 名称, 类型 (区政府/部门/街道/企业/学校/人员密集场所), 高危企业 (是/否), 人员密集场所 (是/否), 编制预案 (是/否)</li>
 *   <li>预案: 编号, 单位编号, 名称, 类型 (总体/专项/部门/单位)</li>
 *   <li>演练: 单位编号, 预案编号, 日期, 形式 (实战/桌面推演/双盲), 范围 (综合/联合/专项/单项), 状态 (方案/脚本/实施/总结评估/存档), 备注</li>
 * </ul>
 * All rows go in one transaction; a bad cell stops the import with its sheet, row and column.
 */
public final class XlsxImport {
    private XlsxImport() {
    }

    /** What was imported. */
    public record Counts(int units, int plans, int drills) {
    }

    /** A problem with one cell. */
    public static final class ImportException extends Exception {
        public ImportException(String message) {
            super(message);
        }
    }

    public static Counts read(Path file, RegisterDb db) throws IOException, SQLException, ImportException {
        List<Unit> units = new ArrayList<>();
        List<Plan> plans = new ArrayList<>();
        List<Drill> drills = new ArrayList<>();
        String name = file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            DataFormatter fmt = new DataFormatter(Locale.ROOT);
            Sheet su = sheet(wb, name, "单位", "units");
            for (Row r : rows(su)) {
                String id = text(r, 0, fmt);
                if (id.isEmpty()) {
                    continue;
                }
                units.add(new Unit(id, required(r, 1, fmt, name, su), kind(UnitKind.class, r, 2, fmt, name, su),
                        yes(r, 3, fmt), yes(r, 4, fmt), text(r, 5, fmt).isEmpty() || yes(r, 5, fmt)));
            }
            Sheet sp = sheet(wb, name, "预案", "plans");
            for (Row r : rows(sp)) {
                String id = text(r, 0, fmt);
                if (id.isEmpty()) {
                    continue;
                }
                plans.add(new Plan(id, required(r, 1, fmt, name, sp), required(r, 2, fmt, name, sp),
                        kind(PlanKind.class, r, 3, fmt, name, sp)));
            }
            Sheet sd = sheet(wb, name, "演练", "drills");
            for (Row r : rows(sd)) {
                String unit = text(r, 0, fmt);
                if (unit.isEmpty()) {
                    continue;
                }
                String plan = text(r, 1, fmt);
                drills.add(new Drill(0, unit, plan.isEmpty() ? null : plan, date(r, 2, fmt, name, sd),
                        kind(Form.class, r, 3, fmt, name, sd), kind(Scope.class, r, 4, fmt, name, sd),
                        kind(State.class, r, 5, fmt, name, sd), "xlsx", null, text(r, 6, fmt)));
            }
        }
        try {
            db.inTransaction(() -> {
                for (Unit u : units) {
                    db.putUnit(u);
                }
                for (Plan p : plans) {
                    db.putPlan(p);
                }
                for (Drill d : drills) {
                    db.addDrill(d);
                }
            });
        } catch (SQLException e) {
            if (e.getMessage() != null && e.getMessage().contains("FOREIGN KEY")) {
                throw new ImportException(name + ": 预案或演练引用了不存在的单位或预案编号 / a plan or drill names a unit or plan id "
                        + "that is neither in the workbook nor in the register");
            }
            throw e;
        }
        return new Counts(units.size(), plans.size(), drills.size());
    }

    private static Sheet sheet(Workbook wb, String file, String zh, String en) throws ImportException {
        for (Sheet s : wb) {
            String n = s.getSheetName().toLowerCase(Locale.ROOT);
            if (n.startsWith(zh) || n.contains(en)) {
                return s;
            }
        }
        throw new ImportException(file + ": 缺少工作表“" + zh + "” / missing the sheet '" + zh + "' (" + en + ")");
    }

    private static List<Row> rows(Sheet s) {
        List<Row> out = new ArrayList<>();
        for (Row r : s) {
            if (r.getRowNum() > 0) {
                out.add(r);
            }
        }
        return out;
    }

    private static String text(Row r, int col, DataFormatter fmt) {
        Cell c = r.getCell(col);
        return c == null ? "" : fmt.formatCellValue(c).trim();
    }

    private static String where(String file, Sheet s, Row r, int col) {
        return file + ": " + s.getSheetName() + "!" + (char) ('A' + col) + (r.getRowNum() + 1);
    }

    private static String required(Row r, int col, DataFormatter fmt, String file, Sheet s) throws ImportException {
        String t = text(r, col, fmt);
        if (t.isEmpty()) {
            throw new ImportException(where(file, s, r, col) + ": 不能为空 / must not be empty");
        }
        return t;
    }

    private static boolean yes(Row r, int col, DataFormatter fmt) {
        String t = text(r, col, fmt).toLowerCase(Locale.ROOT);
        return t.equals("是") || t.equals("yes") || t.equals("y") || t.equals("true") || t.equals("1");
    }

    private static <E extends Enum<E> & Kinds.Named> E kind(Class<E> type, Row r, int col, DataFormatter fmt, String file, Sheet s)
            throws ImportException {
        try {
            return Kinds.parse(type, text(r, col, fmt), "column " + (char) ('A' + col));
        } catch (IllegalArgumentException e) {
            throw new ImportException(where(file, s, r, col) + ": " + e.getMessage());
        }
    }

    private static LocalDate date(Row r, int col, DataFormatter fmt, String file, Sheet s) throws ImportException {
        Cell c = r.getCell(col);
        if (c != null && c.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(c)) {
            return c.getLocalDateTimeCellValue().toLocalDate();
        }
        String t = text(r, col, fmt);
        try {
            return LocalDate.parse(t.replace('/', '-').replace('.', '-'));
        } catch (DateTimeParseException e) {
            throw new ImportException(where(file, s, r, col) + ": 日期应为 yyyy-MM-dd / expected a date yyyy-MM-dd, got '" + t + "'");
        }
    }
}
