package org.drillsim.format.model;

import java.util.Map;
import java.util.TreeMap;

/**
 * A relief-supply depot (物资储备库).
 *
 * @param id       unique facility id
 * @param name     display name
 * @param location position
 * @param stock    stock at the start per item, in the item's unit
 */
@Doc("Relief-supply depot (物资储备库) with stock per item")
public record Depot(
        @Doc("unique facility id") String id,
        @Doc("display name") LocalizedText name,
        @Doc("position") GeoPoint location,
        @Range(min = 0, max = 1e10) @Doc("stock at the start per item, in the item's unit (water-litres, food-rations = person-days, pieces)") Map<ReliefItem, Long> stock) {

    public Depot {
        stock = java.util.Collections.unmodifiableMap(new TreeMap<>(stock));
    }

    /** Stock of one item at the start (0 when not listed). */
    public long stockOf(ReliefItem item) {
        return stock.getOrDefault(item, 0L);
    }
}
