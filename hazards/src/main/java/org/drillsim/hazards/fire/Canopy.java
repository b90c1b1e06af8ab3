package org.drillsim.hazards.fire;

import org.drillsim.hazards.Check;

/**
 * The tree canopy over a fuel area, for the wind adjustment factor ({@link WindAdjustment}).
 *
 * @param coverFraction canopy cover projected onto the ground, [0, 1]
 * @param heightM       canopy (stand) height, m, (0, 100]
 * @param crownRatio    crown length / tree height, [0, 1]
 */
public record Canopy(double coverFraction, double heightM, double crownRatio) {
    public Canopy {
        Check.range("canopy.coverFraction", coverFraction, 0, 1);
        Check.range("canopy.heightM", heightM, 0.1, 100);
        Check.range("canopy.crownRatio", crownRatio, 0, 1);
    }

    /** Crown fill fraction f = cover · crown ratio / 3 (Albini &amp; Baughman 1979; Andrews 2012 eq. 6). */
    public double crownFill() {
        return coverFraction * crownRatio / 3;
    }
}
