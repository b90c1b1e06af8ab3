package org.drillsim.format.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a team can do; commands and the plan match tasks against these. */
public enum TeamCapability {
    /** treat casualties on scene */
    @JsonProperty("medical") MEDICAL,
    /** free trapped people */
    @JsonProperty("search-rescue") SEARCH_RESCUE,
    /** structure fires */
    @JsonProperty("firefighting") FIREFIGHTING,
    /** wildland fire suppression */
    @JsonProperty("forest-firefighting") FOREST_FIREFIGHTING,
    /** stop a chemical release, decontaminate */
    @JsonProperty("hazmat") HAZMAT,
    /** boats, flooded areas */
    @JsonProperty("water-rescue") WATER_RESCUE,
    /** reopen blocked roads */
    @JsonProperty("road-repair") ROAD_REPAIR,
    /** load and deliver supplies */
    @JsonProperty("logistics") LOGISTICS,
    /** run a shelter */
    @JsonProperty("shelter-management") SHELTER_MANAGEMENT,
    /** organise an evacuation */
    @JsonProperty("evacuation") EVACUATION,
    /** restore emergency communications */
    @JsonProperty("communications") COMMUNICATIONS,
    /** expert assessment and advice */
    @JsonProperty("assessment") ASSESSMENT
}
