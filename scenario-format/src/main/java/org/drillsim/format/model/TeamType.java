package org.drillsim.format.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Kind of rescue team (TARGETS.md: Songbei's expert / comprehensive / professional / volunteer teams). */
public enum TeamType {
    /** emergency medical team (医疗救援队) */
    @JsonProperty("medical") MEDICAL,
    /** fire and rescue (消防救援) */
    @JsonProperty("fire-rescue") FIRE_RESCUE,
    /** forest firefighting (森林消防) */
    @JsonProperty("forest-fire") FOREST_FIRE,
    /** hazardous materials (危化品处置) */
    @JsonProperty("hazmat") HAZMAT,
    /** water and flood rescue (水上救援) */
    @JsonProperty("water-rescue") WATER_RESCUE,
    /** road clearing and repair (道路抢通) */
    @JsonProperty("road-repair") ROAD_REPAIR,
    /** comprehensive rescue team (综合救援队) */
    @JsonProperty("comprehensive") COMPREHENSIVE,
    /** professional rescue team (专业救援队) */
    @JsonProperty("professional") PROFESSIONAL,
    /** expert team (专家队伍) */
    @JsonProperty("expert") EXPERT,
    /** volunteer team (志愿者队伍) */
    @JsonProperty("volunteer") VOLUNTEER,
    /** police (公安) */
    @JsonProperty("police") POLICE,
    /** supply and transport (物资保障) */
    @JsonProperty("logistics") LOGISTICS,
    /** emergency communications team (通信应急保障队): restores priority communications after an outage */
    @JsonProperty("communications") COMMUNICATIONS
}
