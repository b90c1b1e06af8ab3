package org.drillsim.format.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a hospital can treat, used to route casualties to a suitable one. */
public enum HospitalCapability {
    /** major trauma (创伤) */
    @JsonProperty("trauma") TRAUMA,
    /** burn unit (烧伤) */
    @JsonProperty("burns") BURNS,
    /** toxic exposure, e.g. chlorine inhalation (中毒) */
    @JsonProperty("poisoning") POISONING,
    /** children (儿科) */
    @JsonProperty("pediatrics") PEDIATRICS,
    /** general emergency care (急诊) */
    @JsonProperty("general") GENERAL
}
