package org.drillsim.world;

/**
 * Where every resident of the scenario is. Each person is in exactly one state at every event
 * ({@link PeopleLedger} checks it). States marked "in a cell" are also counted per population cell.
 */
public enum PersonState {
    /** At home, unaffected or sheltering in place (in a cell). */
    AT_HOME(true, "在家", "at home"),
    /** Displaced, not yet moving (in a cell). */
    DISPLACED(true, "受灾待转移", "displaced, waiting"),
    /** Trapped, waiting for a rescue team (in a cell). */
    TRAPPED(true, "被困", "trapped"),
    /** On the way to a shelter. */
    EVACUATING(false, "转移途中", "evacuating"),
    /** In a shelter. */
    SHELTERED(false, "已安置", "in a shelter"),
    /** Injured, waiting for first treatment. */
    INJURED_WAITING(false, "伤员待救", "injured, waiting for treatment"),
    /** Treated on scene, waiting for transport. */
    TREATED_ON_SCENE(false, "现场已救治", "treated on scene"),
    /** In an ambulance or helicopter. */
    IN_TRANSPORT(false, "转运中", "in transport"),
    /** Admitted to a hospital. */
    IN_HOSPITAL(false, "住院", "in hospital"),
    /** Discharged from hospital after the length of stay. */
    DISCHARGED(false, "出院", "discharged from hospital"),
    /** Treated and released (minor injuries). */
    RELEASED(false, "轻伤处置后离开", "treated and released"),
    /** Dead. */
    DEAD(false, "死亡", "dead");

    private final boolean inCell;
    private final String zh;
    private final String en;

    PersonState(boolean inCell, String zh, String en) {
        this.inCell = inCell;
        this.zh = zh;
        this.en = en;
    }

    /** Whether people in this state are counted per population cell. */
    public boolean inCell() {
        return inCell;
    }

    /** Chinese label. */
    public String zh() {
        return zh;
    }

    /** English label. */
    public String en() {
        return en;
    }

    /** Lower-case id with dashes, e.g. {@code injured-waiting}. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
