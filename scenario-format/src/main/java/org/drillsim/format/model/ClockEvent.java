package org.drillsim.format.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Events that start or stop a target clock (TARGETS.md defaults). */
public enum ClockEvent {
    /** a person is injured */
    @JsonProperty("injury") INJURY,
    /** first treatment by a medical team, on scene or at hospital */
    @JsonProperty("first-treatment") FIRST_TREATMENT,
    /** a person is displaced */
    @JsonProperty("displaced") DISPLACED,
    /** the person has shelter, drinking water and food */
    @JsonProperty("sheltered-with-water-and-food") SHELTERED_WITH_WATER_AND_FOOD,
    /** the person reached a shelter */
    @JsonProperty("sheltered") SHELTERED,
    /** a supply request is issued */
    @JsonProperty("request") REQUEST,
    /** the supplies arrive at the shelter */
    @JsonProperty("delivered") DELIVERED,
    /** a road is blocked */
    @JsonProperty("blocked") BLOCKED,
    /** the road is reopened */
    @JsonProperty("reopened") REOPENED,
    /** a fire starts */
    @JsonProperty("ignition") IGNITION,
    /** the fire is extinguished */
    @JsonProperty("extinguished") EXTINGUISHED,
    /** public network outage */
    @JsonProperty("outage") OUTAGE,
    /** priority communications restored */
    @JsonProperty("restored") RESTORED
}
