package org.drillsim.world;

/** Areas of the response the automatic plan may run; in a drill, trainees take over some of them. */
public enum PlanArea {
    /** Dispatch of ambulances, medical teams, helicopters. */
    MEDICAL,
    /** Evacuation orders. */
    EVACUATION,
    /** Opening and closing shelters. */
    SHELTER,
    /** Supply allocation. */
    SUPPLIES,
    /** Road closures and repair crews. */
    ROADS,
    /** Rescue of trapped people. */
    RESCUE,
    /** Fire fighting. */
    FIRE,
    /** Hazmat. */
    HAZMAT,
    /** Warnings and the response level (预警与分级响应). */
    LEVELS,
    /** Emergency communications (应急通信保障). */
    COMMS
}
