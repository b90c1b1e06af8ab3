package org.drillsim.world;

import org.drillsim.format.model.LocalizedText;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Named figures of one replication beside the targets (preventable deaths, peak displaced, stock-outs …),
 * set by modules, usually in {@link ResponseModule#finish(World)}. An indicator with id
 * {@code capacity.<targetId>} (e.g. {@code capacity.relief-level2}) gives the value of that capacity target
 * to the scorecard. Insertion order is kept.
 */
public final class Indicators {
    /**
     * One figure.
     *
     * @param id    e.g. {@code medical.preventable-deaths}
     * @param label zh / en label
     * @param unit  unit, e.g. {@code people}, {@code %}, {@code h}
     * @param value value
     */
    public record Indicator(String id, LocalizedText label, String unit, double value) {
    }

    private final Map<String, Indicator> byId = new LinkedHashMap<>();

    /** Sets (or replaces) a figure. */
    public void put(String id, String zh, String en, String unit, double value) {
        byId.put(id, new Indicator(id, new LocalizedText(zh, en), unit, value));
    }

    /** The figure with this id, or null. */
    public Indicator get(String id) {
        return byId.get(id);
    }

    /** All figures in insertion order. */
    public List<Indicator> all() {
        return Collections.unmodifiableList(new ArrayList<>(byId.values()));
    }
}
