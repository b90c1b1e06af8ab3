package org.drillsim.format.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** When the plan opens shelters. */
public enum ShelterOpening {
    /** every shelter opens at the first alert */
    @JsonProperty("all-at-start") ALL_AT_START,
    /** a shelter opens when displaced people are sent to it */
    @JsonProperty("on-demand") ON_DEMAND,
    /** shelters open in order of distance to the hazard, as needed */
    @JsonProperty("nearest-first") NEAREST_FIRST
}
