package org.drillsim.hazards.fire;

/**
 * Surface fire behaviour at a point from {@link Rothermel#spread}: head rate of spread and direction,
 * elliptical shape, intensities.
 *
 * @param noWindNoSlopeRosMs  R0, rate of spread without wind and slope, m/s
 * @param headRosMs           rate of spread of the head fire, m/s
 * @param headDirectionDeg    direction of maximum spread (where the head goes), degrees clockwise from north
 * @param effectiveWindMs     effective midflame wind speed (wind and slope combined), m/s
 * @param lengthToBreadth     fire ellipse length-to-breadth ratio (Anderson 1983), >= 1
 * @param reactionIntensityKWm2 reaction intensity I_R, kW/m²
 * @param heatPerUnitAreaKJm2 heat per unit area H_A = I_R · t_r (t_r = 384/σ min), kJ/m²
 * @param headIntensityKWm    Byram fireline intensity at the head, kW/m
 * @param headFlameLengthM    Byram flame length at the head, m
 */
public record SpreadResult(double noWindNoSlopeRosMs, double headRosMs, double headDirectionDeg,
                           double effectiveWindMs, double lengthToBreadth, double reactionIntensityKWm2,
                           double heatPerUnitAreaKJm2, double headIntensityKWm, double headFlameLengthM) {

    /** No fire spread (no fuel, or fuel too wet). */
    public static final SpreadResult NONE = new SpreadResult(0, 0, 0, 0, 1, 0, 0, 0, 0);

    /** Eccentricity of the fire ellipse, e = √(1 − 1/LB²). */
    public double eccentricity() {
        return Math.sqrt(1.0 - 1.0 / (lengthToBreadth * lengthToBreadth));
    }

    /**
     * Rate of spread in direction {@code deg} (clockwise from north), m/s, for an elliptical fire with the
     * ignition point at the rear focus: R(θ) = R_head · (1 − e) / (1 − e·cos θ), θ measured from the head
     * direction (Anderson 1983; as in FARSITE / BehavePlus).
     */
    public double rosInDirection(double deg) {
        if (headRosMs <= 0) {
            return 0;
        }
        double e = eccentricity();
        double theta = Math.toRadians(deg - headDirectionDeg);
        return headRosMs * (1.0 - e) / (1.0 - e * Math.cos(theta));
    }

    /** Byram fireline intensity of the front spreading at {@code rosMs}: I = H_A · R, kW/m. */
    public double intensityAt(double rosMs) {
        return heatPerUnitAreaKJm2 * rosMs;
    }

    /** Byram (1959) flame length for a fireline intensity, m: L = 0.0775 · I^0.46 (I in kW/m). */
    public static double flameLengthM(double intensityKWm) {
        return intensityKWm <= 0 ? 0 : 0.0775 * Math.pow(intensityKWm, 0.46);
    }
}
