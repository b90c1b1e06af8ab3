package org.drillsim.format.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Administrative level a team belongs to; the team-size targets of TARGETS.md are set per level. */
public enum TeamLevel {
    /** city (市级) */
    @JsonProperty("city") CITY,
    /** district (区级) */
    @JsonProperty("district") DISTRICT,
    /** county (县本级) */
    @JsonProperty("county") COUNTY,
    /** township (乡镇级) */
    @JsonProperty("township") TOWNSHIP,
    /** sub-district (街道/管理区) */
    @JsonProperty("subdistrict") SUBDISTRICT
}
