package org.drillsim.format.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How the stated total population is spread over the grid. */
public enum PopulationMethod {
    /** Weight = residential building floor area (footprint × levels), plus residential land use. */
    @JsonProperty("osm-buildings") OSM_BUILDINGS,
    /** Weight = residential land-use area only. */
    @JsonProperty("osm-landuse") OSM_LANDUSE,
    /** Every road-bearing cell gets the same share (synthetic maps). */
    @JsonProperty("uniform") UNIFORM
}
