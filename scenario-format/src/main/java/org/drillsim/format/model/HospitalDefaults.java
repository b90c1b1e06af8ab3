package org.drillsim.format.model;

import java.util.List;

/**
 * Values given to every hospital imported from OSM (OSM has no bed counts).
 *
 * @param beds         beds per hospital
 * @param surgeBeds    surge beds per hospital
 * @param capabilities capabilities of each
 */
@Doc("Defaults for hospitals imported from OSM")
public record HospitalDefaults(
        @Range(min = 0, max = 20_000) @Doc("beds per imported hospital") int beds,
        @Opt @Range(min = 0, max = 20_000) @Doc("surge beds per imported hospital; default 0") Integer surgeBeds,
        @Opt @Doc("capabilities; default [general]") List<HospitalCapability> capabilities) {

    public HospitalDefaults {
        surgeBeds = surgeBeds == null ? 0 : surgeBeds;
        capabilities = capabilities == null ? List.of(HospitalCapability.GENERAL) : List.copyOf(capabilities);
    }
}
