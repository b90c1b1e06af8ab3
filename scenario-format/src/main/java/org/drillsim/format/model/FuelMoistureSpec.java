package org.drillsim.format.model;

/**
 * Fuel moisture, % of oven-dry weight. Only the 1-h value is required; the others default to
 * values typical of a dry spring day (assumption, after Andrews 2018 RMRS-GTR-371 moisture scenarios).
 *
 * @param dead1hPct    1-h dead fuel moisture, %
 * @param dead10hPct   10-h dead fuel, %; default dead1hPct + 1
 * @param dead100hPct  100-h dead fuel, %; default dead1hPct + 2
 * @param liveHerbPct  live herbaceous, %; default 60
 * @param liveWoodyPct live woody, %; default 90
 */
@Doc("Fuel moisture, % of dry weight")
public record FuelMoistureSpec(
        @Range(min = 1, max = 60) @Doc("1-h dead fuel moisture, %") double dead1hPct,
        @Opt @Range(min = 1, max = 60) @Doc("10-h dead fuel moisture, %; default dead1hPct + 1") Double dead10hPct,
        @Opt @Range(min = 1, max = 60) @Doc("100-h dead fuel moisture, %; default dead1hPct + 2") Double dead100hPct,
        @Opt @Range(min = 30, max = 300) @Doc("live herbaceous moisture, %; default 60") Double liveHerbPct,
        @Opt @Range(min = 30, max = 300) @Doc("live woody moisture, %; default 90") Double liveWoodyPct) {

    public FuelMoistureSpec {
        dead10hPct = dead10hPct == null ? Math.min(60, dead1hPct + 1) : dead10hPct;
        dead100hPct = dead100hPct == null ? Math.min(60, dead1hPct + 2) : dead100hPct;
        liveHerbPct = liveHerbPct == null ? 60.0 : liveHerbPct;
        liveWoodyPct = liveWoodyPct == null ? 90.0 : liveWoodyPct;
    }
}
