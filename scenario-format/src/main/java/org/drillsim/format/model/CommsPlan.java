package org.drillsim.format.model;

/**
 * The public mobile network and its emergency restoration (comms-24h). Base stations lose mains power where the
 * hazard displaces people (flooded cells) and go silent when their batteries run out; emergency communication
 * teams (team type {@code communications}) restore priority communications zone by zone.
 *
 * @param peoplePerBaseStation residents per mobile base station; default 121 (MIIT statistics bulletin 2023:
 *                             11.62 million base stations for 1.41 billion people). OSM maps too few masts to use:
 *                             the Harbin extract has 17 towers tagged as communication towers for 4 million people
 * @param batteryHours         backup battery time of a base station after mains power is lost; default 3 h (assumption)
 * @param zoneKm               side of the square zone one emergency communication set-up (vehicle, portable station)
 *                             restores; default 2 km (assumption)
 * @param restoreHours         on-site time to restore one zone; default 2 h (assumption)
 */
@Doc("Public-network outage and emergency communications (公网通信中断与应急通信保障)")
public record CommsPlan(
        @Opt @Range(min = 1, max = 100000) @Doc("residents per base station; default 121 (MIIT 2023)") Double peoplePerBaseStation,
        @Opt @Range(min = 0, max = 72) @Doc("battery backup after power loss, hours; default 3 (assumption)") Double batteryHours,
        @Opt @Range(min = 0.25, max = 50) @Doc("side of the zone one set-up restores, km; default 2 (assumption)") Double zoneKm,
        @Opt @Range(min = 0, max = 72) @Doc("on-site hours to restore one zone; default 2 (assumption)") Double restoreHours) {

    public CommsPlan {
        peoplePerBaseStation = peoplePerBaseStation == null ? 121.0 : peoplePerBaseStation;
        batteryHours = batteryHours == null ? 3.0 : batteryHours;
        zoneKm = zoneKm == null ? 2.0 : zoneKm;
        restoreHours = restoreHours == null ? 2.0 : restoreHours;
    }

    /** Every default. */
    public static CommsPlan defaults() {
        return new CommsPlan(null, null, null, null);
    }
}
