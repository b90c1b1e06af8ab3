package org.drillsim.format.model;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/**
 * A scenario earthquake: a point source whose shaking (BSSA14 ground-motion model) damages buildings (Hazus fragility
 * curves by building class), hurts the people inside them and damages bridges and roads. Model in the hazard
 * package {@code quake}.
 *
 * @param id          unique hazard id
 * @param name        display name
 * @param epicentre   epicentre
 * @param magnitude   moment magnitude Mw
 * @param depthKm     hypocentre depth, km (BSSA14 is a shallow-crustal model: at most 20 km)
 * @param atMinutes   origin time, minutes from scenario start
 * @param localHour   local clock time of the origin, hours; decides the share of people indoors
 * @param vs30        time-averaged shear-wave velocity of the top 30 m, m/s (site class)
 * @param mechanism   fault mechanism
 * @param buildings   building stock: Hazus model building types and code levels with their share of the people
 * @param bridgeClass Hazus highway-bridge class of every bridge on the map (HWB1 … HWB5)
 * @param maxDistanceKm shaking zones are computed out to this epicentral distance, km
 */
@Doc("Earthquake: ground motion (BSSA14), building damage and casualties (Hazus), bridge and road damage")
public record EarthquakeSpec(
        @Doc("unique hazard id") String id,
        @Opt LocalizedText name,
        @Doc("epicentre") GeoPoint epicentre,
        @Range(min = 5.0, max = 8.0) @Doc("moment magnitude Mw (BSSA14 is fitted for 3–8.5; damage below Mw 5 is not modelled)") double magnitude,
        @Range(min = 0, max = 20) @Doc("hypocentre depth, km (shallow crustal)") double depthKm,
        @Opt @Range(min = 0, max = 525_600) @Doc("origin time, minutes from scenario start; default 0") Double atMinutes,
        @Opt @Range(min = 0, max = 24) @Doc("local clock time of the origin, hours (people indoors by day and night); default 2") Double localHour,
        @Opt @Range(min = 150, max = 1500) @Doc("Vs30 of the ground, m/s; default 760 (reference rock)") Double vs30,
        @Opt @Doc("fault mechanism: unspecified, strike-slip, normal, reverse; default unspecified") FaultMechanism mechanism,
        @Doc("building stock: Hazus class, code level and share of the people living in it (shares add up to 1)") List<BuildingShare> buildings,
        @Opt @Doc("Hazus bridge class of the map's bridges, HWB1–HWB5; default HWB1 (major bridge, conventional design)") String bridgeClass,
        @Opt @Range(min = 5, max = 300) @Doc("zones computed out to this epicentral distance, km; default 60") Double maxDistanceKm) implements HazardSpec {

    public EarthquakeSpec {
        name = name == null ? new LocalizedText("地震", "Earthquake") : name;
        atMinutes = atMinutes == null ? 0.0 : atMinutes;
        localHour = localHour == null ? 2.0 : localHour;
        vs30 = vs30 == null ? 760.0 : vs30;
        mechanism = mechanism == null ? FaultMechanism.UNSPECIFIED : mechanism;
        buildings = List.copyOf(buildings);
        bridgeClass = bridgeClass == null ? "HWB1" : bridgeClass;
        maxDistanceKm = maxDistanceKm == null ? 60.0 : maxDistanceKm;
    }

    /** Fault mechanism (BSSA14 source term). */
    public enum FaultMechanism {
        @JsonProperty("unspecified") UNSPECIFIED,
        @JsonProperty("strike-slip") STRIKE_SLIP,
        @JsonProperty("normal") NORMAL,
        @JsonProperty("reverse") REVERSE
    }

    /**
     * One part of the building stock.
     *
     * @param hazusClass Hazus model building type, e.g. C2M (concrete shear wall, mid-rise), URML
     * @param codeLevel  seismic design level: high, moderate, low, pre
     * @param share      share of the people living in such buildings, 0–1
     */
    @Doc("a Hazus model building type with its code level and share")
    public record BuildingShare(
            @Doc("Hazus model building type, e.g. C2M, C1L, URML") String hazusClass,
            @Doc("seismic design level: high, moderate, low, pre") String codeLevel,
            @Range(min = 0, max = 1) @Doc("share of the people, 0–1") double share) {
    }
}
