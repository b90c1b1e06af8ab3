package org.drillsim.hazards.fire;

import org.drillsim.hazards.Check;

/**
 * Fuel moisture contents in percent of oven-dry weight. A dry, windy spring day in north-east China
 * is about 1-h 5 %, 10-h 6 %, 100-h 8 %, live 90 %… (cured grass: live herbaceous moisture is
 * irrelevant for the 13 static models except 2, 4, 5, 7, 10).
 *
 * @param dead1hPct    1-h timelag dead fuel, % (1–40)
 * @param dead10hPct   10-h dead fuel, %
 * @param dead100hPct  100-h dead fuel, %
 * @param liveHerbPct  live herbaceous, % (30–300)
 * @param liveWoodyPct live woody, % (30–300)
 */
public record FuelMoisture(double dead1hPct, double dead10hPct, double dead100hPct, double liveHerbPct,
                           double liveWoodyPct) {

    /** Andrews (2018) style "very dry" scenario: 3, 4, 5 % dead, 30 % herbaceous, 60 % woody. */
    public static final FuelMoisture VERY_DRY = new FuelMoisture(3, 4, 5, 30, 60);

    public FuelMoisture {
        Check.range("moisture.dead1hPct", dead1hPct, 1, 60);
        Check.range("moisture.dead10hPct", dead10hPct, 1, 60);
        Check.range("moisture.dead100hPct", dead100hPct, 1, 60);
        Check.range("moisture.liveHerbPct", liveHerbPct, 30, 300);
        Check.range("moisture.liveWoodyPct", liveWoodyPct, 30, 300);
    }
}
