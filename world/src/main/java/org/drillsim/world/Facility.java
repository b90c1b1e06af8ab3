package org.drillsim.world;

import org.drillsim.format.model.LocalizedText;

/**
 * A facility placed on the road network.
 *
 * @param id   facility id from the scenario (or {@code osm-hospital-…} for imported ones)
 * @param kind what it is
 * @param name display name
 * @param lon  longitude
 * @param lat  latitude
 * @param node road node it is snapped to
 */
public record Facility(String id, FacilityKind kind, LocalizedText name, double lon, double lat, int node) {
}
