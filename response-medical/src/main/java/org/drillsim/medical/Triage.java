package org.drillsim.medical;

/**
 * Triage categories (START / 检伤分类: red, yellow, green, black) with their time windows, modelled on the
 * EMERGO Train System's outcome logic (Nilsson H., Rüter A., "Management of resources at major incidents
 * and disasters in relation to patient outcome", Eur J Trauma Emerg Surg 2008): a casualty whose treatment
 * comes after the window gets a worse outcome. The window lengths are assumptions for a tabletop drill, in
 * line with the "golden hour" for immediate casualties; see {@link MedicalRules}.
 */
public enum Triage {
    /** Immediate (red, 危重): life-threatening, needs treatment within the window. */
    T1("t1", "危重(红)", "immediate (red)", 0),
    /** Delayed (yellow, 重伤): serious, can wait for a while. */
    T2("t2", "重伤(黄)", "delayed (yellow)", 1),
    /** Minor (green, 轻伤): walking wounded. */
    T3("t3", "轻伤(绿)", "minor (green)", 2),
    /** Dead at the scene (black). */
    DEAD("dead", "死亡(黑)", "dead (black)", 3);

    private final String id;
    private final String zh;
    private final String en;
    private final int rank;

    Triage(String id, String zh, String en, int rank) {
        this.id = id;
        this.zh = zh;
        this.en = en;
        this.rank = rank;
    }

    public String id() {
        return id;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    /** Dispatch order: lower first. */
    public int rank() {
        return rank;
    }

    /** Whether the casualty needs a hospital bed (T1, T2). */
    public boolean needsHospital() {
        return this == T1 || this == T2;
    }
}
