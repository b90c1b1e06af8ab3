package org.drillsim.world;

/**
 * Why time passes on a target clock. A clock always runs under one cause; the scorecard reports, for the
 * people or units that missed a target, the share of their time spent under each cause.
 */
public enum DelayCause {
    /** Alert and decision delay before the first orders. */
    ALERT("alert", "预警与决策", "alert and decision"),
    /**
     * Waiting because no ambulance or medical team that can reach the casualties is free (units stranded in a cut-off
     * area do not count as free).
     */
    WAITING_FOR_UNIT("waiting-for-unit", "等待空闲救护车或队伍", "waiting for a free ambulance or team"),
    /** Waiting because no truck or bus is free. */
    WAITING_FOR_VEHICLE("waiting-for-vehicle", "等待空闲车辆", "waiting for a free truck or bus"),
    /** Waiting because no road-repair crew, rescue team or firefighting team is free. */
    WAITING_FOR_CREW("waiting-for-crew", "等待空闲救援队伍", "waiting for a free rescue team or crew"),
    /** Driving or walking on open roads. */
    TRAVEL("travel", "路途时间", "travel time"),
    /** The place cannot be reached because roads are closed (boat transfer, waiting for reopening). */
    CUT_OFF("cut-off", "道路中断受阻", "cut off by closed roads"),
    /** Units held at hospitals that have no free bed. */
    HOSPITAL_FULL("hospital-full", "医院床位已满", "hospital full"),
    /** Shelters full: sent on to the next one. */
    SHELTER_FULL("shelter-full", "避难场所已满", "shelter full"),
    /** Waiting for a shelter to be opened. */
    SHELTER_OPENING("shelter-opening", "避难场所开设中", "shelter being opened"),
    /** Depot or agreement stock exhausted. */
    STOCK_OUT("stock-out", "物资短缺", "stock-out"),
    /** Loading, unloading, handover. */
    HANDLING("handling", "装卸与交接", "loading and handover"),
    /** The hazard is still active there (water not receded, fire burning): no crew can start. */
    HAZARD("hazard", "灾害持续（水未退、火未灭）", "hazard still active (water not receded, fire burning)"),
    /** Repair or suppression work in progress. */
    WORK("work", "抢修或处置作业", "repair or suppression work"),
    /** Anything else (named in the log). */
    OTHER("other", "其他", "other");

    private final String id;
    private final String zh;
    private final String en;

    DelayCause(String id, String zh, String en) {
        this.id = id;
        this.zh = zh;
        this.en = en;
    }

    /** Id used in files, e.g. {@code waiting-for-unit}. */
    public String id() {
        return id;
    }

    /** Chinese label. */
    public String zh() {
        return zh;
    }

    /** English label. */
    public String en() {
        return en;
    }
}
