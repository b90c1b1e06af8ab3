package org.drillsim.format.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A hazard of the scenario with its parameters and timeline; the {@code type} key of the file
 * selects the kind. The hazard package turns it into a model producing footprints over time.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = FloodSpec.class, name = "flood"),
        @JsonSubTypes.Type(value = ChemicalLeakSpec.class, name = "chemical-leak"),
        @JsonSubTypes.Type(value = ForestFireSpec.class, name = "forest-fire"),
        @JsonSubTypes.Type(value = EarthquakeSpec.class, name = "earthquake")})
public sealed interface HazardSpec permits FloodSpec, ChemicalLeakSpec, ForestFireSpec, EarthquakeSpec {
    /** Unique hazard id, referenced by injects. */
    String id();
}
