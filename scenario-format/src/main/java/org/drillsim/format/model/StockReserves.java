package org.drillsim.format.model;

/**
 * Grain, oil and medical reserves with their daily use, for the stock-day targets (grain-15d, medical-stock-30d).
 * Stock-days = stock ÷ daily use; either pair may be left out (that target is then not scored).
 *
 * @param grainOilTonnes            processed grain and oil held in reserve, tonnes
 * @param grainOilDailySupplyTonnes the market's daily supply of processed grain and oil, tonnes/day
 * @param medicalStockUnits         medical supplies held for public-health events, in any one unit (e.g. sets)
 * @param medicalDailyUseMaxUnits   the upper bound of their daily use, same unit per day
 * @param source                    where the figures come from, or "assumption"
 */
@Doc("Grain, oil and medical reserves (成品粮油和医用物资储备)")
public record StockReserves(
        @Opt @Range(min = 0, max = 1e9) @Doc("processed grain and oil in reserve, tonnes") Double grainOilTonnes,
        @Opt @Range(min = 0.001, max = 1e9) @Doc("daily market supply of processed grain and oil, tonnes/day") Double grainOilDailySupplyTonnes,
        @Opt @Range(min = 0, max = 1e12) @Doc("medical supplies in reserve, units") Double medicalStockUnits,
        @Opt @Range(min = 0.001, max = 1e12) @Doc("upper bound of daily use of those supplies, units/day") Double medicalDailyUseMaxUnits,
        @Opt @Doc("source of the figures, or 'assumption'") String source) {

    /** Days of market supply the grain and oil reserve covers, or NaN when not given. */
    public double grainDays() {
        return grainOilTonnes == null || grainOilDailySupplyTonnes == null ? Double.NaN
                : grainOilTonnes / grainOilDailySupplyTonnes;
    }

    /** Days of peak daily use the medical reserve covers, or NaN when not given. */
    public double medicalDays() {
        return medicalStockUnits == null || medicalDailyUseMaxUnits == null ? Double.NaN
                : medicalStockUnits / medicalDailyUseMaxUnits;
    }
}
