package org.drillsim.analysis.gap;

import org.drillsim.format.model.LocalizedText;
import org.drillsim.format.model.ReliefItem;

/** Names and units of relief items for tables and files. */
public final class ItemNames {
    private ItemNames() {
    }

    /** File id, as in scenario files: {@code water-litres}. */
    public static String id(ReliefItem item) {
        return item.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** Chinese name. */
    public static String zh(ReliefItem item) {
        return switch (item) {
            case WATER_LITRES -> "饮用水";
            case FOOD_RATIONS -> "食品";
            case QUILTS -> "棉被";
            case TENTS -> "帐篷";
            case FOLDING_BEDS -> "折叠床";
            case CLOTHING_SETS -> "衣物";
            case MEDICAL_KITS -> "医疗包";
        };
    }

    /** English name. */
    public static String en(ReliefItem item) {
        return switch (item) {
            case WATER_LITRES -> "drinking water";
            case FOOD_RATIONS -> "food";
            case QUILTS -> "quilts";
            case TENTS -> "tents";
            case FOLDING_BEDS -> "folding beds";
            case CLOTHING_SETS -> "clothing sets";
            case MEDICAL_KITS -> "medical kits";
        };
    }

    /** Counting unit, zh / en. */
    public static LocalizedText unit(ReliefItem item) {
        return switch (item) {
            case WATER_LITRES -> new LocalizedText("升", "L");
            case FOOD_RATIONS -> new LocalizedText("人·日份", "person-day rations");
            case CLOTHING_SETS -> new LocalizedText("套", "sets");
            default -> new LocalizedText("件", "pieces");
        };
    }
}
