package org.drillsim.world.command;

/** Who issues a command: a cell of the emergency command post (指挥部) or the automatic plan. */
public enum Role {
    /** 总指挥 — incident commander. */
    COMMANDER("总指挥", "commander"),
    /** 医疗救护组 — medical group. */
    MEDICAL("医疗救护组", "medical group"),
    /** 转移安置组 — evacuation and shelter group. */
    SHELTER("转移安置组", "evacuation and shelter group"),
    /** 物资保障组 — logistics group. */
    LOGISTICS("物资保障组", "logistics group"),
    /** 交通保障组 — traffic and roads group. */
    TRAFFIC("交通保障组", "traffic and roads group"),
    /** 抢险救援组 — rescue group. */
    RESCUE("抢险救援组", "rescue group"),
    /** 预案自动执行 — the plan as written, applied automatically. */
    PLAN("预案自动执行", "plan as written");

    private final String zh;
    private final String en;

    Role(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    /** Chinese label. */
    public String zh() {
        return zh;
    }

    /** English label. */
    public String en() {
        return en;
    }

    /** Lower-case id used in the event log, e.g. {@code medical}. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
