package org.drillsim.format.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A release from a tank: the inventory bounds it (the tank empties); given a hole, the rate follows from it.
 *
 * @param inventoryKg          mass in the tank at the release start, kg
 * @param holeDiameterMm       hole diameter, mm; null = the leak's releaseRateGPerS is the rate
 * @param phase                what leaves the hole: liquid or gas
 * @param pressureKPaGauge     pressure in the tank above atmospheric (over the liquid, or of the gas), kPa
 * @param liquidHeadM          liquid height above the hole, m
 * @param liquidDensityKgM3    liquid density, kg/m³ (liquid release)
 * @param gasTemperatureC      gas temperature in the tank, °C (gas release)
 * @param heatCapacityRatio    cp/cv of the gas (gas release)
 * @param dischargeCoefficient discharge coefficient of the hole
 */
@Doc("Release from a tank: the inventory empties; with a hole the rate follows from it")
public record TankRelease(
        @Range(min = 0.001, max = 1e8) @Doc("mass in the tank at the release start, kg") double inventoryKg,
        @Opt @Range(min = 0.1, max = 2000) @Doc("hole diameter, mm; default: the leak's releaseRateGPerS is the rate") Double holeDiameterMm,
        @Opt @Doc("what leaves the hole: liquid or gas; default liquid") Phase phase,
        @Opt @Range(min = 0, max = 100_000) @Doc("tank pressure above atmospheric, kPa (needed with a hole)") Double pressureKPaGauge,
        @Opt @Range(min = 0, max = 100) @Doc("liquid height above the hole, m; default 0") Double liquidHeadM,
        @Opt @Range(min = 1, max = 25_000) @Doc("liquid density, kg/m³ (liquid release with a hole)") Double liquidDensityKgM3,
        @Opt @Range(min = -100, max = 1000) @Doc("gas temperature in the tank, °C; default 20") Double gasTemperatureC,
        @Opt @Range(min = 1.01, max = 1.7) @Doc("cp/cv of the gas (gas release with a hole)") Double heatCapacityRatio,
        @Opt @Range(min = 0.1, max = 1) @Doc("discharge coefficient; default 0.61 (sharp-edged hole)") Double dischargeCoefficient) {

    public TankRelease {
        phase = phase == null ? Phase.LIQUID : phase;
        liquidHeadM = liquidHeadM == null ? 0.0 : liquidHeadM;
        gasTemperatureC = gasTemperatureC == null ? 20.0 : gasTemperatureC;
        dischargeCoefficient = dischargeCoefficient == null ? 0.61 : dischargeCoefficient;
    }

    /** What leaves the hole. */
    public enum Phase {
        /** liquid (Bernoulli discharge) */
        @JsonProperty("liquid") LIQUID,
        /** gas (choked or subsonic flow) */
        @JsonProperty("gas") GAS
    }
}
