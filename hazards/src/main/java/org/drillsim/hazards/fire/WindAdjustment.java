package org.drillsim.hazards.fire;

/**
 * From the 10-m open wind to the midflame wind that Rothermel's model takes.
 *
 * <ol>
 *   <li>20-ft wind = 10-m wind / 1.15 (Turner &amp; Lawson 1978, as used in BehavePlus and FARSITE; Andrews 2012,
 *       RMRS-GTR-266, p. 3).</li>
 *   <li>Midflame wind = 20-ft wind × wind adjustment factor (WAF), from Albini &amp; Baughman (1979) as given by
 *       Andrews (2012): with crown fill f = cover·crownRatio/3 below 0.05 the fuel is unsheltered and
 *       WAF = 1.83 / ln((20 + 0.36 H) / (0.13 H)), H the fuel bed depth in ft (Andrews 2012 eq. 4; average
 *       from the top of the fuel bed to twice its depth); otherwise sheltered,
 *       WAF = 0.555 / (√(f H) · ln((20 + 0.36 H) / (0.13 H))), H the canopy height in ft (eq. 5).</li>
 * </ol>
 */
public final class WindAdjustment {

    /** 10-m wind / 20-ft wind (Turner &amp; Lawson 1978). */
    public static final double TEN_METRE_TO_TWENTY_FOOT = 1.15;
    /** Crown fill below which a fuel bed counts as unsheltered (Andrews 2012). */
    public static final double SHELTERED_CROWN_FILL = 0.05;
    private static final double M_TO_FT = 1 / 0.3048;

    private WindAdjustment() {
    }

    /** The 20-ft wind from the 10-m wind (same unit). */
    public static double twentyFootFromTenMetre(double u10) {
        return u10 / TEN_METRE_TO_TWENTY_FOOT;
    }

    /** Unsheltered WAF for a fuel bed {@code depthFt} ft deep (Andrews 2012 eq. 4). */
    public static double unsheltered(double depthFt) {
        return 1.83 / Math.log((20 + 0.36 * depthFt) / (0.13 * depthFt));
    }

    /** Sheltered WAF under a canopy {@code heightFt} ft high with crown fill {@code crownFill} (Andrews 2012 eq. 5). */
    public static double sheltered(double crownFill, double heightFt) {
        return 0.555 / (Math.sqrt(crownFill * heightFt) * Math.log((20 + 0.36 * heightFt) / (0.13 * heightFt)));
    }

    /** The WAF for {@code fuel} under {@code canopy} (null = open ground). */
    public static double factor(FuelModel fuel, Canopy canopy) {
        if (canopy == null || canopy.crownFill() < SHELTERED_CROWN_FILL) {
            return unsheltered(fuel.depthFt());
        }
        return sheltered(canopy.crownFill(), canopy.heightM() * M_TO_FT);
    }

    /** Midflame wind from the 10-m wind (same unit) for {@code fuel} under {@code canopy}. */
    public static double midflameFromTenMetre(double u10, FuelModel fuel, Canopy canopy) {
        return twentyFootFromTenMetre(u10) * factor(fuel, canopy);
    }
}
