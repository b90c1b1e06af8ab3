package org.drillsim.inventory;

import java.util.List;

/**
 * One column of an inventory sheet: its Chinese head, its unit (the head reads {@code 名称(单位)}) and what it holds.
 *
 * @param head     Chinese head without the unit, e.g. 有效面积
 * @param unit     canonical unit, e.g. m², or null for text columns and ° (optional in the head) for coordinates
 * @param en       English meaning, for error messages and the template's note row
 * @param required whether every data row needs it
 * @param min      smallest allowed number (numbers only)
 * @param max      largest allowed number (numbers only)
 * @param example  the template's example value
 */
public record Column(String head, String unit, String en, boolean required, double min, double max, String example) {

    /** Units written differently that mean the same; a number cell may also end in one of them. */
    static final List<List<String>> UNIT_ALIASES = List.of(
            List.of("m²", "m2", "㎡", "平方米"),
            List.of("人", "人数"),
            List.of("升", "L", "l", "公升"),
            List.of("人·天", "人天", "人日", "份"),
            List.of("km/h", "公里/小时", "千米/小时"),
            List.of("km", "公里", "千米"),
            List.of("吨", "t"),
            List.of("°", "度"));

    static Column text(String head, String en, boolean required, String example) {
        return new Column(head, null, en, required, 0, 0, example);
    }

    static Column number(String head, String unit, String en, boolean required, double min, double max, String example) {
        return new Column(head, unit, en, required, min, max, example);
    }

    /** The head as written in the template, e.g. {@code 有效面积(m²)}. */
    public String title() {
        return unit == null ? head : head + "(" + unit + ")";
    }

    /** Whether the column holds numbers. */
    public boolean numeric() {
        return unit != null;
    }

    /** Whether {@code u} (as written in a head or after a number) names this column's unit. */
    boolean sameUnit(String u) {
        if (unit == null) {
            return false;
        }
        String k = u.strip();
        if (k.equals(unit)) {
            return true;
        }
        for (List<String> a : UNIT_ALIASES) {
            if (a.contains(unit) && a.contains(k)) {
                return true;
            }
        }
        return false;
    }
}
