package org.drillsim.relief;

/** Counters of one replication for the indicators beside the targets (shared as {@code world.get(ReliefStats.class)}). */
public final class ReliefStats {
    /** People displaced by the hazards or by evacuation orders. */
    public long displaced;
    /** Of them, trapped and needing a rescue team. */
    public long trapped;
    /** Trapped people freed by rescue teams. */
    public long rescued;
    /** People admitted to shelters. */
    public long sheltered;
    /** Evacuees who walked. */
    public long walked;
    /** Evacuees carried by bus. */
    public long bused;
    /** Displaced people injured or killed before they left their cell (taken by the medical chain). */
    public long leftByInjury;
    /** Truck trips delivered. */
    public long truckTrips;
    /** Supply units delivered (all items). */
    public long unitsDelivered;
    /** Agreement reserves called up. */
    public long reservesCalled;
    /** Road blockages recorded / reopened. */
    public long blockages;
    public long blockagesReopened;
    /** Leaks stopped by hazmat teams. */
    public long leaksStopped;
    /** Fires contained by teams and aircraft. */
    public long firesContained;
}
