package org.drillsim.format.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Vehicle kinds. */
public enum VehicleType {
    /** ambulance (救护车) */
    @JsonProperty("ambulance") AMBULANCE,
    /** cargo truck (货车) */
    @JsonProperty("truck") TRUCK,
    /** bus for evacuees (大客车) */
    @JsonProperty("bus") BUS,
    /** fire engine (消防车) */
    @JsonProperty("fire-engine") FIRE_ENGINE,
    /** hazmat vehicle (危化品处置车) */
    @JsonProperty("hazmat-vehicle") HAZMAT_VEHICLE,
    /** excavator / loader (工程机械) */
    @JsonProperty("engineering") ENGINEERING,
    /** rescue boat (冲锋舟) */
    @JsonProperty("boat") BOAT,
    /** helicopter (直升机) */
    @JsonProperty("helicopter") HELICOPTER,
    /** car / van (越野车) */
    @JsonProperty("car") CAR,
    /** no vehicle (徒步) */
    @JsonProperty("on-foot") ON_FOOT
}
