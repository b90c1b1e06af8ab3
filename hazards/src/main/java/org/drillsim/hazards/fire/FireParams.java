package org.drillsim.hazards.fire;

import org.drillsim.hazards.Check;

import java.util.List;

/**
 * Parameters of a wildland fire ({@link FireSpreadModel}): Rothermel (1972) surface rate of spread
 * with Albini's (1976) 13 fuel models, on a square grid over the fuel polygons.
 *
 * @param id                   hazard identifier in the scenario
 * @param ignitionLon          ignition point longitude (WGS84); must lie in a fuel area
 * @param ignitionLat          ignition point latitude
 * @param ignitionMs           ignition time, ms from scenario start
 * @param fuels                fuel areas; where they overlap, the later entry wins; outside them nothing burns
 * @param moisture             fuel moisture
 * @param wind                 wind periods (steps), the first from the ignition or earlier, times strictly increasing
 * @param windAdjustmentFactor null (the default): the midflame wind comes from the 10-m wind per fuel area
 *                             ({@link WindAdjustment}: 20-ft wind = 10-m / 1.15, then Albini &amp; Baughman's
 *                             factor from the fuel bed depth, or from the area's canopy when sheltered); a number
 *                             in [0.01, 1]: a measured midflame / 20-ft wind ratio used for every fuel
 * @param windLimit            apply Rothermel's wind limit (effective wind ≤ 0.9·I_R ft/min); default true
 * @param slopePercent         terrain slope, %, [0, 100] (uniform; no elevation model)
 * @param upslopeDeg           direction the slope rises towards, degrees clockwise from north, [0, 360)
 * @param cellSizeM            grid cell size, m, [10, 200] (30–50 recommended)
 * @param maxRadiusKm          the grid reaches this far from the ignition, km (clips the fuel)
 * @param evacuationBufferM    the evacuation zone extends this far beyond the active front, m, >= 0
 * @param burnoutMinutes       a cell counts as part of the active front for this long after it ignites, min, > 0
 * @param suppression          suppression efforts known up front; null → none (more can be added with
 *                             {@link FireSpreadModel#withSuppression(Suppression)})
 */
public record FireParams(String id, double ignitionLon, double ignitionLat, long ignitionMs, List<FuelArea> fuels,
                         FuelMoisture moisture, List<FireWind> wind, Double windAdjustmentFactor,
                         boolean windLimit,                         double slopePercent, double upslopeDeg, double cellSizeM, double maxRadiusKm,
                         double evacuationBufferM, double burnoutMinutes, List<Suppression> suppression) {

    public FireParams {
        Check.id("fire.id", id);
        Check.lonLat("fire " + id + ".ignition", ignitionLon, ignitionLat);
        Check.time("fire " + id + ".ignitionMs", ignitionMs);
        fuels = Check.nonEmpty("fire " + id + ".fuels", fuels);
        if (moisture == null) {
            throw new IllegalArgumentException("fire " + id + ".moisture: required");
        }
        wind = Check.nonEmpty("fire " + id + ".wind", wind);
        if (wind.get(0).fromMs() > ignitionMs) {
            throw new IllegalArgumentException("fire " + id + ".wind[0].fromMs: the first wind period must start no later"
                    + " than the ignition (" + ignitionMs + " ms), got " + wind.get(0).fromMs());
        }
        for (int i = 1; i < wind.size(); i++) {
            if (wind.get(i).fromMs() <= wind.get(i - 1).fromMs()) {
                throw new IllegalArgumentException("fire " + id + ".wind[" + i + "].fromMs: times must be strictly increasing");
            }
        }
        if (windAdjustmentFactor != null) {
            Check.range("fire " + id + ".windAdjustmentFactor", windAdjustmentFactor, 0.01, 1);
        }
        Check.range("fire " + id + ".slopePercent", slopePercent, 0, 100);
        Check.direction("fire " + id + ".upslopeDeg", upslopeDeg);
        Check.range("fire " + id + ".cellSizeM", cellSizeM, 10, 200);
        Check.range("fire " + id + ".maxRadiusKm", maxRadiusKm, 0.1, 50);
        Check.range("fire " + id + ".evacuationBufferM", evacuationBufferM, 0, 10_000);
        Check.range("fire " + id + ".burnoutMinutes", burnoutMinutes, 1, 24 * 60);
        suppression = Check.orEmpty("fire " + id + ".suppression", suppression);
    }

    /** Parameters with Rothermel's wind limit on (the default). */
    public FireParams(String id, double ignitionLon, double ignitionLat, long ignitionMs, List<FuelArea> fuels,
                      FuelMoisture moisture, List<FireWind> wind, Double windAdjustmentFactor, double slopePercent,
                      double upslopeDeg, double cellSizeM, double maxRadiusKm, double evacuationBufferM,
                      double burnoutMinutes, List<Suppression> suppression) {
        this(id, ignitionLon, ignitionLat, ignitionMs, fuels, moisture, wind, windAdjustmentFactor, true, slopePercent,
                upslopeDeg, cellSizeM, maxRadiusKm, evacuationBufferM, burnoutMinutes, suppression);
    }

    /** The midflame wind over {@code area} for a 10-m wind {@code u10} (same unit). */
    public double midflameWind(double u10, FuelArea.FuelClass area) {
        FuelModel fuel = FuelModels.get(area.fuelModel());
        if (windAdjustmentFactor != null) {
            return WindAdjustment.twentyFootFromTenMetre(u10) * windAdjustmentFactor;
        }
        return WindAdjustment.midflameFromTenMetre(u10, fuel, area.canopy());
    }

    /** A copy with one more suppression effort. */
    public FireParams withSuppression(Suppression s) {
        List<Suppression> all = new java.util.ArrayList<>(suppression);
        all.add(s);
        return new FireParams(id, ignitionLon, ignitionLat, ignitionMs, fuels, moisture, wind, windAdjustmentFactor,
                windLimit, slopePercent, upslopeDeg, cellSizeM, maxRadiusKm, evacuationBufferM, burnoutMinutes, all);
    }

    /**
     * A copy with new wind from {@code w.fromMs()} on (an inject "the wind turns"): periods starting at or
     * after that time are dropped and {@code w} is appended.
     */
    public FireParams withWindFrom(FireWind w) {
        List<FireWind> ws = new java.util.ArrayList<>();
        for (FireWind p : wind) {
            if (p.fromMs() < w.fromMs()) {
                ws.add(p);
            }
        }
        ws.add(w);
        return new FireParams(id, ignitionLon, ignitionLat, ignitionMs, fuels, moisture, ws, windAdjustmentFactor,
                windLimit, slopePercent, upslopeDeg, cellSizeM, maxRadiusKm, evacuationBufferM, burnoutMinutes, suppression);
    }

    /** The wind period in force at {@code tMs}. */
    public FireWind windAt(long tMs) {
        FireWind w = wind.get(0);
        for (FireWind p : wind) {
            if (p.fromMs() <= tMs) {
                w = p;
            } else {
                break;
            }
        }
        return w;
    }
}
