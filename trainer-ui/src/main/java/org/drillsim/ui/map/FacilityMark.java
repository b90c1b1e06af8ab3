package org.drillsim.ui.map;

/**
 * A facility on the map with its state at the snapshot time.
 *
 * @param id        facility id
 * @param nameZh    Chinese display name (from the scenario or OSM)
 * @param nameEn    English display name (the Chinese one when there is none)
 * @param kind      kind (symbol)
 * @param lon       longitude
 * @param lat       latitude
 * @param used      units in use (beds occupied, people sheltered, stock issued …)
 * @param capacity  units available in total (beds, places, initial stock); 0 when not meaningful
 * @param available false when the facility is out of service (power loss, closed, flooded)
 * @param open      for shelters: open to arrivals; true for every other kind
 */
public record FacilityMark(String id, String nameZh, String nameEn, FacilityKind kind, double lon, double lat,
                           long used, long capacity, boolean available, boolean open) {
    /** The name in the interface language. */
    public String name(boolean english) {
        return english ? nameEn : nameZh;
    }

    /** Share in use, 0..1 (0 when capacity is 0). */
    public double load() {
        return capacity <= 0 ? 0 : Math.min(1.0, (double) used / capacity);
    }
}
