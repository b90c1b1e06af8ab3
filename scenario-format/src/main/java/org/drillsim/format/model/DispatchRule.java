package org.drillsim.format.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How the plan picks a unit for a task. */
public enum DispatchRule {
    /** nearest free unit by travel time on the current network */
    @JsonProperty("nearest-available") NEAREST_AVAILABLE,
    /** most urgent task first, then the nearest free unit */
    @JsonProperty("priority-then-nearest") PRIORITY_THEN_NEAREST,
    /** units serve their home district first */
    @JsonProperty("home-district") HOME_DISTRICT
}
