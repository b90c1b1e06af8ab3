package org.drillsim.hazards.chemical;

/**
 * Pasquill–Gifford atmospheric stability classes: A very unstable … D neutral … F moderately stable.
 * Pick from wind speed and insolation (Pasquill 1961 / Turner 1970 Table 1), e.g. a sunny summer
 * noon with 2 m/s wind is A–B, an overcast day or night is D, a clear night with 2–3 m/s wind is F.
 */
public enum Stability {
    A, B, C, D, E, F
}
