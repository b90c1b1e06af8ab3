package org.drillsim.format.model;

/**
 * A helicopter base for aviation rescue (航空救援).
 *
 * @param id                unique facility id
 * @param name              display name
 * @param location          position
 * @param helicopters       helicopters based here
 * @param patientsPerFlight casualties carried per flight
 * @param cruiseKmh         cruise speed, km/h
 * @param radiusKm          operational flight radius, km (TARGETS aviation-80km)
 */
@Doc("Helicopter base (航空救援)")
public record HelicopterBase(
        @Doc("unique facility id") String id,
        @Doc("display name") LocalizedText name,
        @Doc("position") GeoPoint location,
        @Range(min = 0, max = 100) @Doc("helicopters") int helicopters,
        @Opt @Range(min = 1, max = 30) @Doc("casualties per flight; default 2") Integer patientsPerFlight,
        @Opt @Range(min = 50, max = 400) @Doc("cruise speed, km/h; default 220") Double cruiseKmh,
        @Opt @Range(min = 1, max = 1000) @Doc("flight radius, km; default 80") Double radiusKm) {

    public HelicopterBase {
        patientsPerFlight = patientsPerFlight == null ? 2 : patientsPerFlight;
        cruiseKmh = cruiseKmh == null ? 220.0 : cruiseKmh;
        radiusKm = radiusKm == null ? 80.0 : radiusKm;
    }
}
