package org.drillsim.hazards.quake;

/**
 * The Chinese seismic intensity (地震烈度) of a peak ground acceleration, by the PGA ranges of GB/T 17742-2020
 * 《中国地震烈度表》 (VI 0.05–0.09 g, VII 0.09–0.177 g, VIII 0.178–0.353 g, IX 0.354–0.707 g, X 0.708–1.414 g), shown
 * beside the PGA so a Chinese user reads the shaking in the scale of the plans.
 */
public final class ChineseIntensity {
    private static final double[] LOWER_G = {0.05, 0.09, 0.178, 0.354, 0.708, 1.415};
    private static final String[] NAMES = {"VI", "VII", "VIII", "IX", "X", "XI+"};

    private ChineseIntensity() {
    }

    /** "烈度 VII", or "烈度 <VI" below 0.05 g. */
    public static String label(double pgaG) {
        String name = "<VI";
        for (int i = 0; i < LOWER_G.length; i++) {
            if (pgaG >= LOWER_G[i]) {
                name = NAMES[i];
            }
        }
        return "烈度 " + name;
    }
}
