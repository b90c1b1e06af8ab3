package org.drillsim.analysis.gap;

import org.drillsim.format.model.Depot;
import org.drillsim.format.model.LocalizedText;
import org.drillsim.format.model.ReliefItem;
import org.drillsim.world.ScenarioSite;

import java.util.EnumMap;
import java.util.Map;

/** Adds stock of one relief item at every depot that holds it, in percent steps of its current stock. */
public final class StockVariant extends PercentVariant {
    private final ReliefItem item;

    /**
     * @param site        the scenario site (for the current total)
     * @param item        the item
     * @param stepPercent percent of the current stock added per step
     * @param cap         largest number of steps
     */
    public StockVariant(ScenarioSite site, ReliefItem item, int stepPercent, int cap) {
        super("stock:" + ItemNames.id(item), new LocalizedText(ItemNames.zh(item) + "库存", ItemNames.en(item) + " stock"),
                ItemNames.unit(item), totalOf(site, item), reachOf(item), stepPercent, cap);
        this.item = item;
    }

    /** Water and food also stop the living clock (shelter + water + food); other items only the supplies clock. */
    static TargetReach reachOf(ReliefItem item) {
        return item == ReliefItem.WATER_LITRES || item == ReliefItem.FOOD_RATIONS ? TargetReach.SUPPLIES
                : TargetReach.DELIVERIES;
    }

    /** Stock of {@code item} over all depots. */
    public static long totalOf(ScenarioSite site, ReliefItem item) {
        return site.depots().stream().mapToLong(d -> d.stockOf(item)).sum();
    }

    @Override
    void scale(SiteEditor e, int k) {
        for (int i = 0; i < e.depots.size(); i++) {
            Depot d = e.depots.get(i);
            if (d.stockOf(item) == 0) {
                continue;
            }
            Map<ReliefItem, Long> stock = new EnumMap<>(ReliefItem.class);
            stock.putAll(d.stock());
            stock.put(item, scaled(d.stockOf(item), k));
            e.depots.set(i, new Depot(d.id(), d.name(), d.location(), stock));
        }
    }
}
