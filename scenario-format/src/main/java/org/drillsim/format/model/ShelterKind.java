package org.drillsim.format.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Kind of emergency shelter (应急避难场所). */
public enum ShelterKind {
    /** school building or grounds */
    @JsonProperty("school") SCHOOL,
    /** park (公园) */
    @JsonProperty("park") PARK,
    /** public square (广场) */
    @JsonProperty("square") SQUARE,
    /** stadium / sports ground (体育场) */
    @JsonProperty("stadium") STADIUM,
    /** other indoor shelter */
    @JsonProperty("indoor") INDOOR,
    /** other site */
    @JsonProperty("other") OTHER
}
