package org.drillsim.hazards.quake;

/** Hazus structural damage states, mildest first (none is not listed). */
public enum DamageState {
    SLIGHT("slight", "轻微破坏"),
    MODERATE("moderate", "中等破坏"),
    EXTENSIVE("extensive", "严重破坏"),
    COMPLETE("complete", "完全破坏");

    private final String id;
    private final String zh;

    DamageState(String id, String zh) {
        this.id = id;
        this.zh = zh;
    }

    public String id() {
        return id;
    }

    public String zh() {
        return zh;
    }

    /** The state named {@code s} (slight, moderate, extensive, complete). */
    public static DamageState parse(String s) {
        for (DamageState d : values()) {
            if (d.id.equals(s)) {
                return d;
            }
        }
        throw new IllegalArgumentException("damage state: expected slight, moderate, extensive or complete, got '" + s + "'");
    }
}
