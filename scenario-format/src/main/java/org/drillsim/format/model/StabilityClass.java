package org.drillsim.format.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Pasquill–Gifford atmospheric stability class. */
public enum StabilityClass {
    /** very unstable */
    @JsonProperty("A") A,
    /** moderately unstable */
    @JsonProperty("B") B,
    /** slightly unstable */
    @JsonProperty("C") C,
    /** neutral */
    @JsonProperty("D") D,
    /** slightly stable */
    @JsonProperty("E") E,
    /** moderately stable */
    @JsonProperty("F") F
}
