package org.drillsim.format.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** What an inject does to the simulated world; the {@code type} key selects the kind. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = InjectEffect.CloseRoad.class, name = "close-road"),
        @JsonSubTypes.Type(value = InjectEffect.ReopenRoad.class, name = "reopen-road"),
        @JsonSubTypes.Type(value = InjectEffect.HospitalPowerLoss.class, name = "hospital-power-loss"),
        @JsonSubTypes.Type(value = InjectEffect.FacilityUnavailable.class, name = "facility-unavailable"),
        @JsonSubTypes.Type(value = InjectEffect.WindChange.class, name = "wind-change"),
        @JsonSubTypes.Type(value = InjectEffect.StageChange.class, name = "stage-change")})
public sealed interface InjectEffect {

    /**
     * Close the roads within {@code radiusM} of a point (e.g. a bridge).
     *
     * @param near            point on or next to the road
     * @param radiusM         roads whose geometry passes within this distance close, m
     * @param roadName        only roads with this name (null = any)
     * @param bridgesOnly     only bridge edges
     * @param durationMinutes how long; null = until reopened by a repair crew or a command
     */
    @Doc("Close roads near a point (e.g. a bridge)")
    record CloseRoad(
            @Doc("point on or next to the road") GeoPoint near,
            @Opt @Range(min = 1, max = 5000) @Doc("radius, m; default 30") Double radiusM,
            @Opt @Doc("only roads with this name") String roadName,
            @Opt @Doc("only bridges; default false") Boolean bridgesOnly,
            @Opt @Range(min = 1, max = 525_600) @Doc("minutes; default until reopened") Double durationMinutes) implements InjectEffect {
        public CloseRoad {
            radiusM = radiusM == null ? 30.0 : radiusM;
            bridgesOnly = bridgesOnly != null && bridgesOnly;
        }
    }

    /**
     * Reopen the roads within {@code radiusM} of a point.
     *
     * @param near     point on or next to the road
     * @param radiusM  radius, m
     * @param roadName only roads with this name (null = any)
     */
    @Doc("Reopen roads near a point")
    record ReopenRoad(
            GeoPoint near,
            @Opt @Range(min = 1, max = 5000) @Doc("radius, m; default 30") Double radiusM,
            @Opt String roadName) implements InjectEffect {
        public ReopenRoad {
            radiusM = radiusM == null ? 30.0 : radiusM;
        }
    }

    /**
     * A hospital loses power: its free beds drop to {@code remainingBeds}.
     *
     * @param hospital        hospital facility id
     * @param remainingBeds   beds still usable
     * @param durationMinutes how long; null = for the rest of the scenario
     */
    @Doc("Hospital loses power: beds drop")
    record HospitalPowerLoss(
            @Doc("hospital id") String hospital,
            @Opt @Range(min = 0, max = 20_000) @Doc("beds still usable; default 0") Integer remainingBeds,
            @Opt @Range(min = 1, max = 525_600) @Doc("minutes; default rest of the scenario") Double durationMinutes) implements InjectEffect {
        public HospitalPowerLoss {
            remainingBeds = remainingBeds == null ? 0 : remainingBeds;
        }
    }

    /**
     * A facility (depot, shelter, station …) becomes unusable.
     *
     * @param facility        facility id
     * @param durationMinutes how long; null = for the rest of the scenario
     */
    @Doc("Facility becomes unusable")
    record FacilityUnavailable(
            @Doc("facility id") String facility,
            @Opt @Range(min = 1, max = 525_600) Double durationMinutes) implements InjectEffect {
    }

    /**
     * The wind turns (chemical leak or forest fire).
     *
     * @param hazard           hazard id
     * @param speedMPerS       new speed, m/s
     * @param fromDirectionDeg new direction it blows from, degrees, [0, 360)
     * @param cloudCoverTenths new total cloud cover, tenths; null = unchanged
     */
    @Doc("Wind turns")
    record WindChange(
            @Doc("hazard id") String hazard,
            @Range(min = 0.1, max = 60) @Doc("m/s") double speedMPerS,
            @Range(min = 0, max = 360, maxExclusive = true) @Doc("degrees clockwise from north it blows FROM, [0, 360)") double fromDirectionDeg,
            @Opt @Range(min = 0, max = 10) @Doc("new total cloud cover, tenths (stability of chemical plumes); default unchanged") Double cloudCoverTenths) implements InjectEffect {

        /** A wind change that leaves the cloud as it is. */
        public WindChange(String hazard, double speedMPerS, double fromDirectionDeg) {
            this(hazard, speedMPerS, fromDirectionDeg, null);
        }
    }

    /**
     * The river stage changes to a new value over a ramp.
     *
     * @param hazard    flood hazard id
     * @param stageM    new stage above normal level, m
     * @param overHours hours to reach it (linear ramp)
     */
    @Doc("River stage rises or falls")
    record StageChange(
            @Doc("flood hazard id") String hazard,
            @Range(min = -5, max = 30) @Doc("new stage above normal level, m") double stageM,
            @Opt @Range(min = 0, max = 720) @Doc("hours to reach it; default 1") Double overHours) implements InjectEffect {
        public StageChange {
            overHours = overHours == null ? 1.0 : overHours;
        }
    }
}
