package org.drillsim.format.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where the forest-fire model takes its fuel polygons. */
public enum FuelSource {
    /** OSM forest / wood / scrub / grass polygons */
    @JsonProperty("osm") OSM,
    /** the polygons given in the scenario */
    @JsonProperty("polygons") POLYGONS
}
