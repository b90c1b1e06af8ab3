package org.drillsim.format.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Briggs dispersion-coefficient set. */
public enum TerrainType {
    /** open country */
    @JsonProperty("rural") RURAL,
    /** built-up area */
    @JsonProperty("urban") URBAN
}
