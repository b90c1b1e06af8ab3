package org.drillsim.format.model;

/**
 * When the plan orders an evacuation.
 *
 * @param floodDepthM       residents of cells with water deeper than this are evacuated, m
 * @param evacuateAeglLevel residents inside this AEGL zone (1–3) are evacuated; lower zones shelter in place
 * @param fireDistanceM     residents within this distance of the fire front are evacuated, m
 */
@Doc("When the plan orders an evacuation")
public record EvacuationTrigger(
        @Opt @Range(min = 0, max = 10) @Doc("flood depth that triggers evacuation, m; default 0.3") Double floodDepthM,
        @Opt @Range(min = 1, max = 3) @Doc("AEGL zone evacuated (lower zones shelter in place); default 2") Integer evacuateAeglLevel,
        @Opt @Range(min = 0, max = 20_000) @Doc("distance to the fire front that triggers evacuation, m; default 1000") Double fireDistanceM) {

    public EvacuationTrigger {
        floodDepthM = floodDepthM == null ? 0.3 : floodDepthM;
        evacuateAeglLevel = evacuateAeglLevel == null ? 2 : evacuateAeglLevel;
        fireDistanceM = fireDistanceM == null ? 1000.0 : fireDistanceM;
    }
}
