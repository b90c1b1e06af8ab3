package org.drillsim.format.model;

/**
 * A fire / rescue or police station: a home base for teams and vehicles.
 *
 * @param id       unique facility id
 * @param name     display name
 * @param location position
 * @param osmId    the OSM element this entry overrides
 */
@Doc("Fire and rescue station or police station")
public record Station(
        @Doc("unique facility id") String id,
        @Doc("display name") LocalizedText name,
        @Opt @Doc("position; required unless osmId names an imported feature") GeoPoint location,
        @Opt @Doc("OSM element id this entry overrides") Long osmId) {
}
