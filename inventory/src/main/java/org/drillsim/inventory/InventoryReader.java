package org.drillsim.inventory;

import org.drillsim.format.model.BBox;
import org.drillsim.format.model.Depot;
import org.drillsim.format.model.GeoPoint;
import org.drillsim.format.model.HelicopterBase;
import org.drillsim.format.model.Hospital;
import org.drillsim.format.model.HospitalCapability;
import org.drillsim.format.model.LocalizedText;
import org.drillsim.format.model.PlanClause;
import org.drillsim.format.model.ScenarioPlan;
import org.drillsim.format.model.ReliefItem;
import org.drillsim.format.model.Shelter;
import org.drillsim.format.model.Team;
import org.drillsim.format.model.TeamCapability;
import org.drillsim.format.model.VehicleFleet;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the sheets of an inventory into scenario records, collecting every problem ({@code sheet!cell: 中文 / English})
 * before giving up: unknown sheets and columns, a missing required column, a head with another unit, a cell that
 * is not a number or carries another unit, a value out of range, an unknown type word, a duplicate or malformed id,
 * and a position outside the map's area (after converting GCJ-02 / BD-09 to WGS-84).
 */
public final class InventoryReader {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern HEAD = Pattern.compile("^(.*?)\\s*[(（]\\s*(.*?)\\s*[)）]\\s*$");
    private static final Pattern NUMBER = Pattern.compile("^([-+]?\\d+(?:\\.\\d*)?(?:[eE][-+]?\\d+)?|[-+]?\\.\\d+)\\s*(.*)$");
    private static final Pattern LIST_SEP = Pattern.compile("[、,，;；/\\s]+");
    /** Converted coordinates are rounded to 1e-7° (about 1 cm): finer digits mean nothing after the conversion. */
    private static final double COORD_STEP = 1e7;

    private final Crs crs;
    private final BBox area;
    private final List<InventoryError> errors = new ArrayList<>();
    /** facility id → where it was first listed; facilities share one id space in a scenario. */
    private final Map<String, String> facilityIds = new HashMap<>();

    private InventoryReader(Crs crs, BBox area) {
        this.crs = crs;
        this.area = area;
    }

    /**
     * Reads every sheet.
     *
     * @param tables the workbook's sheets (or CSV files)
     * @param crs    coordinate system of the 经度 / 纬度 columns
     * @param area   the map's area: every position must lie inside; null = no check
     * @throws InventoryException with every problem, when there is any
     */
    public static Inventory read(List<Table> tables, Crs crs, BBox area) throws InventoryException {
        return new InventoryReader(crs, area).readAll(tables);
    }

    private Inventory readAll(List<Table> tables) throws InventoryException {
        List<Shelter> shelters = new ArrayList<>();
        List<Team> teams = new ArrayList<>();
        List<Depot> depots = new ArrayList<>();
        List<Hospital> hospitals = new ArrayList<>();
        List<VehicleFleet> fleets = new ArrayList<>();
        List<HelicopterBase> helipads = new ArrayList<>();
        Map<InventorySheet, List<Integer>> rows = new EnumMap<>(InventorySheet.class);
        Map<InventorySheet, String> seen = new EnumMap<>(InventorySheet.class);
        Map<String, String> teamIds = new HashMap<>();
        Map<String, String> fleetIds = new HashMap<>();
        List<PlanClause> clauses = new ArrayList<>();
        String[] planTitle = new String[2];
        for (Table t : tables) {
            InventorySheet kind = InventorySheet.byTitle(t.name());
            if (kind == null) {
                if (!InventorySheet.IGNORED.contains(t.name().toLowerCase(Locale.ROOT))) {
                    errors.add(new InventoryError(t.name(), "A1", "未知的工作表；应为：" + sheetNames(true),
                            "unknown sheet; expected one of: " + sheetNames(false)));
                }
                continue;
            }
            if (seen.put(kind, t.name()) != null) {
                errors.add(new InventoryError(t.name(), "A1", "工作表重复", "the sheet appears twice"));
                continue;
            }
            Map<Column, Integer> at = heads(t, kind);
            if (at == null) {
                continue;
            }
            List<Integer> rowNumbers = new ArrayList<>();
            for (int r = 1; r < t.rows().size(); r++) {
                Row row = new Row(t, r, at);
                if (row.blank() || row.text(kind.columns().get(0)).startsWith("示例")) {
                    continue;
                }
                int before = errors.size();
                Object rec = switch (kind) {
                    case SHELTERS -> shelter(row, kind);
                    case TEAMS -> team(row, kind, teamIds);
                    case DEPOTS -> depot(row, kind);
                    case HOSPITALS -> hospital(row, kind);
                    case VEHICLES -> fleet(row, kind, fleetIds);
                    case HELIPADS -> helipad(row, kind);
                    case PLAN -> clause(row, kind, planTitle, clauses);
                };
                if (errors.size() > before || rec == null) {
                    continue;
                }
                rowNumbers.add(r + 1);
                switch (kind) {
                    case SHELTERS -> shelters.add((Shelter) rec);
                    case TEAMS -> teams.add((Team) rec);
                    case DEPOTS -> depots.add((Depot) rec);
                    case HOSPITALS -> hospitals.add((Hospital) rec);
                    case VEHICLES -> fleets.add((VehicleFleet) rec);
                    case HELIPADS -> helipads.add((HelicopterBase) rec);
                    case PLAN -> clauses.add((PlanClause) rec);
                }
            }
            rows.put(kind, rowNumbers);
        }
        if (!errors.isEmpty()) {
            throw new InventoryException(errors);
        }
        ScenarioPlan plan = clauses.isEmpty() ? null
                : new ScenarioPlan(new LocalizedText(planTitle[0], null), planTitle[1], clauses);
        return new Inventory(shelters, teams, depots, hospitals, fleets, helipads, plan, rows);
    }

    private static String sheetNames(boolean zh) {
        List<String> n = new ArrayList<>();
        for (InventorySheet s : InventorySheet.values()) {
            n.add(zh ? s.title() : s.title() + " (" + s.en() + ")");
        }
        return String.join(zh ? "、" : ", ", n);
    }

    // ---- heads ----------------------------------------------------------------------------------

    /** Column → index from the head row, or null (after reporting) when the heads are unusable. */
    private Map<Column, Integer> heads(Table t, InventorySheet kind) {
        Map<Column, Integer> at = new LinkedHashMap<>();
        // heads present under another unit are reported as such, not also as missing
        java.util.Set<Column> named = new java.util.HashSet<>();
        int width = t.rows().isEmpty() ? 0 : t.rows().get(0).size();
        int before = errors.size();
        for (int c = 0; c < width; c++) {
            String head = t.cell(0, c);
            if (head.isEmpty()) {
                continue;
            }
            String name = head;
            String unit = null;
            Matcher m = HEAD.matcher(head);
            if (m.matches()) {
                name = m.group(1);
                unit = m.group(2);
            }
            Column col = null;
            for (Column k : kind.columns()) {
                if (k.head().equals(name)) {
                    col = k;
                }
            }
            String cell = InventoryError.cell(c, 0);
            if (col == null) {
                if (!InventorySheet.IGNORED_COLUMNS.contains(name.toLowerCase(Locale.ROOT))) {
                    errors.add(new InventoryError(t.name(), cell, "未知的列“" + head + "”；本表的列为：" + titles(kind),
                            "unknown column \"" + head + "\"; this sheet's columns are: " + titles(kind)));
                }
                continue;
            }
            named.add(col);
            if (unit != null && !col.sameUnit(unit)) {
                errors.add(new InventoryError(t.name(), cell,
                        "单位错误：“" + head + "”应为 " + col.title() + (col.numeric() ? "（单位 " + col.unit() + "）" : "（无单位）"),
                        "wrong unit: \"" + head + "\" should be " + col.title() + " (" + col.en() + ")"));
                continue;
            }
            if (at.put(col, c) != null) {
                errors.add(new InventoryError(t.name(), cell, "列“" + col.title() + "”重复", "column " + col.title() + " appears twice"));
            }
        }
        for (Column k : kind.columns()) {
            if (k.required() && !named.contains(k)) {
                String range = "A1:" + InventoryError.cell(Math.max(0, width - 1), 0);
                errors.add(new InventoryError(t.name(), range, "缺少必填列“" + k.title() + "”",
                        "missing required column " + k.title() + " (" + k.en() + ")"));
            }
        }
        return errors.size() > before ? null : at;
    }

    private static String titles(InventorySheet kind) {
        return String.join("、", kind.columns().stream().map(Column::title).toList());
    }

    // ---- rows -----------------------------------------------------------------------------------

    /** One data row: cell lookups by column, reporting problems against the cell. */
    private final class Row {
        final Table t;
        final int r;
        final Map<Column, Integer> at;

        Row(Table t, int r, Map<Column, Integer> at) {
            this.t = t;
            this.r = r;
            this.at = at;
        }

        boolean blank() {
            return t.rows().get(r).stream().allMatch(String::isEmpty);
        }

        String text(Column c) {
            Integer i = at.get(c);
            return i == null ? "" : t.cell(r, i);
        }

        String ref(Column c) {
            Integer i = at.get(c);
            return InventoryError.cell(i == null ? 0 : i, r);
        }

        void error(Column c, String zh, String en) {
            errors.add(new InventoryError(t.name(), ref(c), zh, en));
        }

        /** A required text cell, or null after reporting it empty. */
        String required(Column c) {
            String s = text(c);
            if (s.isEmpty() && c.required()) {
                error(c, "“" + c.title() + "”为必填项", c.title() + " (" + c.en() + ") is required");
                return null;
            }
            return s;
        }

        /** The number in the cell (an empty optional cell gives null), in the column's unit and range. */
        Double number(Column c) {
            String s = text(c).replace(",", "").replace("，", "").strip();
            if (s.isEmpty()) {
                if (c.required()) {
                    error(c, "“" + c.title() + "”为必填项", c.title() + " (" + c.en() + ") is required");
                }
                return null;
            }
            Matcher m = NUMBER.matcher(s);
            if (!m.matches()) {
                error(c, "“" + s + "”不是数字；应为以 " + c.unit() + " 计的数值",
                        "\"" + s + "\" is not a number; expected " + c.en());
                return null;
            }
            String unit = m.group(2);
            if (!unit.isEmpty() && !c.sameUnit(unit)) {
                error(c, "单位错误：“" + s + "”，应为以 " + c.unit() + " 计的数值",
                        "wrong unit in \"" + s + "\"; expected " + c.en() + " (" + c.unit() + ")");
                return null;
            }
            double v = Double.parseDouble(m.group(1));
            if (v < c.min() || v > c.max()) {
                error(c, "数值 " + m.group(1) + " 超出范围 " + fmt(c.min()) + "–" + fmt(c.max()) + " " + c.unit(),
                        "value " + m.group(1) + " out of range " + fmt(c.min()) + "–" + fmt(c.max()) + " " + c.unit());
                return null;
            }
            return v;
        }

        /** A whole number (people, pieces, vehicles). */
        Long whole(Column c) {
            Double v = number(c);
            if (v == null) {
                return null;
            }
            if (v != Math.rint(v)) {
                error(c, "应为整数，实为 " + fmt(v), "expected a whole number, got " + fmt(v));
                return null;
            }
            return v.longValue();
        }

        <E> E word(Column c, Map<String, E> words) {
            String s = text(c);
            if (s.isEmpty()) {
                if (c.required()) {
                    error(c, "“" + c.title() + "”为必填项", c.title() + " (" + c.en() + ") is required");
                }
                return null;
            }
            E e = words.get(s);
            if (e == null) {
                error(c, "无法识别“" + s + "”；可填：" + Vocabulary.known(words),
                        "unknown value \"" + s + "\"; expected one of: " + String.join(", ", words.keySet()));
            }
            return e;
        }

        <E> List<E> words(Column c, Map<String, E> words) {
            String s = text(c);
            List<E> out = new ArrayList<>();
            if (s.isEmpty()) {
                if (c.required()) {
                    error(c, "“" + c.title() + "”为必填项", c.title() + " (" + c.en() + ") is required");
                }
                return out;
            }
            for (String w : LIST_SEP.split(s)) {
                if (w.isEmpty()) {
                    continue;
                }
                E e = words.get(w);
                if (e == null) {
                    error(c, "无法识别“" + w + "”；可填：" + Vocabulary.known(words),
                            "unknown value \"" + w + "\"; expected one of: " + String.join(", ", words.keySet()));
                } else if (!out.contains(e)) {
                    out.add(e);
                }
            }
            return out;
        }

        /** The record id, checked for form and (within {@code ids}) uniqueness. */
        String id(Column c, Map<String, String> ids) {
            String s = required(c);
            if (s == null) {
                return null;
            }
            if (!ID.matcher(s).matches()) {
                error(c, "编号“" + s + "”只能含小写字母、数字和“-”", "id \"" + s + "\": expected lower-case letters, digits and '-'");
                return null;
            }
            if (s.startsWith("osm-")) {
                error(c, "以 osm- 开头的编号留给从 OSM 导入的设施", "ids starting with 'osm-' are reserved for facilities imported from OSM");
                return null;
            }
            String where = t.name() + "!" + ref(c);
            String before = ids.putIfAbsent(s, where);
            if (before != null) {
                error(c, "编号“" + s + "”重复（已用于 " + before + "）", "duplicate id \"" + s + "\" (already used at " + before + ")");
                return null;
            }
            return s;
        }

        LocalizedText name(InventorySheet kind) {
            String zh = required(kind.columns().get(1));
            Column en = column(kind, "英文名称");
            return zh == null ? null : new LocalizedText(zh, en == null ? null : text(en));
        }

        /** The position from 经度 / 纬度 in WGS-84, checked against the map's area. */
        GeoPoint location(InventorySheet kind) {
            Column lonC = column(kind, "经度");
            Column latC = column(kind, "纬度");
            Double lon = number(lonC);
            Double lat = number(latC);
            if (lon == null || lat == null) {
                return null;
            }
            ChinaCoordinates.LonLat w = crs.toWgs84(lon, lat);
            double wLon = Math.round(w.lon() * COORD_STEP) / COORD_STEP;
            double wLat = Math.round(w.lat() * COORD_STEP) / COORD_STEP;
            if (area != null && !area.contains(wLat, wLon)) {
                String box = String.format(Locale.ROOT, "%.3f–%.3f E, %.3f–%.3f N", area.minLon(), area.maxLon(), area.minLat(), area.maxLat());
                String pos = String.format(Locale.ROOT, "%.6f E, %.6f N", wLon, wLat);
                String swapped = area.contains(lon, lat) ? "（经纬度是否填反？）" : "";
                error(lonC, "位置 " + pos + "（" + crs.name() + " 换算为 WGS-84 后）在地图范围 " + box + " 之外" + swapped,
                        "position " + pos + " (WGS-84 from " + crs.name() + ") lies outside the map's area " + box
                                + (swapped.isEmpty() ? "" : " (longitude and latitude swapped?)"));
                return null;
            }
            return new GeoPoint(wLat, wLon);
        }
    }

    private static Column column(InventorySheet kind, String head) {
        for (Column c : kind.columns()) {
            if (c.head().equals(head)) {
                return c;
            }
        }
        return null;
    }

    private static Column col(InventorySheet kind, int i) {
        return kind.columns().get(i);
    }

    private Shelter shelter(Row row, InventorySheet k) {
        String id = row.id(col(k, 0), facilityIds);
        LocalizedText name = row.name(k);
        var kind = row.word(column(k, "类型"), Vocabulary.SHELTER_KIND);
        GeoPoint at = row.location(k);
        Double area = row.number(column(k, "有效面积"));
        Long cap = row.whole(column(k, "容量"));
        return id == null || name == null || at == null || area == null ? null
                : new Shelter(id, name, at, null, kind, area, cap, null);
    }

    private Team team(Row row, InventorySheet k, Map<String, String> ids) {
        String id = row.id(col(k, 0), ids);
        LocalizedText name = row.name(k);
        var type = row.word(column(k, "类型"), Vocabulary.TEAM_TYPE);
        Long count = row.whole(column(k, "队数"));
        Long headcount = row.whole(column(k, "每队人数"));
        List<TeamCapability> caps = row.words(column(k, "能力"), Vocabulary.TEAM_CAPABILITY);
        String home = row.required(column(k, "驻地编号"));
        var vehicle = row.word(column(k, "交通工具"), Vocabulary.VEHICLE);
        return id == null || name == null || type == null || headcount == null || home == null ? null
                : new Team(id, name, type, count == null ? null : count.intValue(), headcount.intValue(), caps, home, vehicle, null);
    }

    /** The depot sheet's stock columns are headed by the items' Chinese names (one list of names: ReliefItem.zh). */
    private static final Map<String, ReliefItem> STOCK_COLUMNS = java.util.Arrays.stream(ReliefItem.values())
            .collect(java.util.stream.Collectors.toUnmodifiableMap(ReliefItem::zh, i -> i));

    private Depot depot(Row row, InventorySheet k) {
        String id = row.id(col(k, 0), facilityIds);
        LocalizedText name = row.name(k);
        GeoPoint at = row.location(k);
        Map<ReliefItem, Long> stock = new EnumMap<>(ReliefItem.class);
        for (Column c : k.columns()) {
            ReliefItem item = STOCK_COLUMNS.get(c.head());
            if (item != null) {
                Long v = row.whole(c);
                if (v != null) {
                    stock.put(item, v);
                }
            }
        }
        if (stock.values().stream().allMatch(v -> v == 0) && id != null) {
            row.error(column(k, "饮用水"), "储备库至少要有一项物资数量", "a depot needs at least one item with its quantity");
            return null;
        }
        return id == null || name == null || at == null ? null : new Depot(id, name, at, stock);
    }

    private Hospital hospital(Row row, InventorySheet k) {
        String id = row.id(col(k, 0), facilityIds);
        LocalizedText name = row.name(k);
        GeoPoint at = row.location(k);
        Long beds = row.whole(column(k, "床位"));
        Long surge = row.whole(column(k, "扩容床位"));
        List<HospitalCapability> caps = row.words(column(k, "救治能力"), Vocabulary.HOSPITAL_CAPABILITY);
        return id == null || name == null || at == null || beds == null ? null
                : new Hospital(id, name, at, null, beds.intValue(), surge == null ? null : surge.intValue(), caps.isEmpty() ? null : caps);
    }

    private VehicleFleet fleet(Row row, InventorySheet k, Map<String, String> ids) {
        String id = row.id(col(k, 0), ids);
        var type = row.word(column(k, "类型"), Vocabulary.VEHICLE);
        String base = row.required(column(k, "所在设施编号"));
        Long count = row.whole(column(k, "数量"));
        Long cap = row.whole(column(k, "载客"));
        Double load = row.number(column(k, "载重"));
        return id == null || type == null || base == null || count == null ? null
                : new VehicleFleet(id, type, base, count.intValue(), cap == null ? null : cap.intValue(), load);
    }

    private HelicopterBase helipad(Row row, InventorySheet k) {
        String id = row.id(col(k, 0), facilityIds);
        LocalizedText name = row.name(k);
        GeoPoint at = row.location(k);
        Long helis = row.whole(column(k, "直升机"));
        Long ppf = row.whole(column(k, "每架次伤员"));
        Double cruise = row.number(column(k, "巡航速度"));
        Double radius = row.number(column(k, "飞行半径"));
        return id == null || name == null || at == null || helis == null ? null
                : new HelicopterBase(id, name, at, helis.intValue(), ppf == null ? null : ppf.intValue(), cruise, radius);
    }

    /** A clause of the unit's plan; title and document number must read the same on every row. */
    private PlanClause clause(Row row, InventorySheet k, String[] plan, List<PlanClause> clauses) {
        String target = row.required(col(k, 0));
        String clause = row.required(column(k, "条款"));
        String title = row.required(column(k, "预案名称"));
        String number = row.text(column(k, "文号"));
        if (title == null) {
            return null;
        }
        if (plan[0] == null) {
            plan[0] = title;
            plan[1] = number;
        } else if (!plan[0].equals(title) || !plan[1].equals(number)) {
            Column c = !plan[0].equals(title) ? column(k, "预案名称") : column(k, "文号");
            row.error(c, "同一清单只能有一个预案：应与第一行相同（" + plan[0] + " " + plan[1] + "）",
                    "one plan per inventory: expected the same title and number as the first row (" + plan[0] + " " + plan[1] + ")");
            return null;
        }
        if (target != null && clauses.stream().anyMatch(c -> c.target().equals(target))) {
            row.error(col(k, 0), "目标“" + target + "”已有条款", "target " + target + " already has a clause");
            return null;
        }
        return target == null || clause == null ? null : new PlanClause(target, clause, row.text(column(k, "原文")));
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
