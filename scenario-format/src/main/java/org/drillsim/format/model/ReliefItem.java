package org.drillsim.format.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Relief supply items, each counted in its stated unit. */
public enum ReliefItem {
    /** drinking water, litres (饮用水) */
    @JsonProperty("water-litres") WATER_LITRES,
    /** food, one ration = one person-day (食品) */
    @JsonProperty("food-rations") FOOD_RATIONS,
    /** quilts, pieces (棉被) */
    @JsonProperty("quilts") QUILTS,
    /** family tents, pieces (帐篷) */
    @JsonProperty("tents") TENTS,
    /** folding beds, pieces (折叠床) */
    @JsonProperty("folding-beds") FOLDING_BEDS,
    /** clothing sets (衣物) */
    @JsonProperty("clothing-sets") CLOTHING_SETS,
    /** first-aid / medical kits (医疗包) */
    @JsonProperty("medical-kits") MEDICAL_KITS;

    /** The item's Chinese name, for report and terminal text. */
    public String zh() {
        return switch (this) {
            case WATER_LITRES -> "饮用水";
            case FOOD_RATIONS -> "食品";
            case QUILTS -> "棉被";
            case TENTS -> "帐篷";
            case FOLDING_BEDS -> "折叠床";
            case CLOTHING_SETS -> "衣物";
            case MEDICAL_KITS -> "医疗包";
        };
    }
}
