package org.drillsim.format.model;

import java.util.List;

/**
 * A hospital receiving casualties.
 *
 * @param id           unique facility id, referenced by teams, fleets and injects
 * @param name         display name
 * @param location     position (snapped to the nearest road)
 * @param osmId        the OSM element this entry overrides (when the category is imported from OSM)
 * @param beds         emergency beds free for casualties at the start
 * @param surgeBeds    extra beds opened in a mass-casualty response
 * @param capabilities what the hospital can treat
 */
@Doc("Hospital (医院)")
public record Hospital(
        @Doc("unique facility id") String id,
        @Doc("display name") LocalizedText name,
        @Opt @Doc("position; required unless osmId names an imported feature") GeoPoint location,
        @Opt @Doc("OSM element id (node/way id) this entry overrides") Long osmId,
        @Range(min = 0, max = 20_000) @Doc("beds free for casualties at the start, beds") int beds,
        @Opt @Range(min = 0, max = 20_000) @Doc("surge beds (扩容床位), beds; default 0") Integer surgeBeds,
        @Opt @Doc("what it can treat; default [general]") List<HospitalCapability> capabilities) {

    public Hospital {
        surgeBeds = surgeBeds == null ? 0 : surgeBeds;
        capabilities = capabilities == null ? List.of(HospitalCapability.GENERAL) : List.copyOf(capabilities);
    }
}
