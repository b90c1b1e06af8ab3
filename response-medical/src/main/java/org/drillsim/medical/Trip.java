package org.drillsim.medical;

import org.drillsim.world.TargetClock;
import org.drillsim.world.Unit;

import java.util.ArrayList;
import java.util.List;

/** One unit's work for one casualty group, from dispatch to being free again. */
final class Trip {
    enum Phase { TO_SCENE, ON_SCENE, TO_HOSPITAL, WAITING_FOR_BED, HANDOVER, RETURNING }

    final Unit unit;
    final CasualtyGroup group;
    /** Patients this unit brings first treatment to (0 for a transport-only trip). */
    int patients;
    /** Patients it carries to hospital. */
    int carried;
    final boolean transportOnly;
    final List<TargetClock> clocks = new ArrayList<>();
    Phase phase = Phase.TO_SCENE;
    long handle = -1;
    HospitalState hospital;
    /** Whether "no hospital reachable" was logged for this trip (logged once, not at every retry). */
    boolean strandedLogged;

    Trip(Unit unit, CasualtyGroup group, int patients, boolean transportOnly) {
        this.unit = unit;
        this.group = group;
        this.patients = patients;
        this.transportOnly = transportOnly;
    }
}
