package org.drillsim.medical;

/** Counts of one replication's medical chain (read by the scorecard and the run summary). */
public final class MedicalStats {
    /** People injured by the hazards. */
    public long injured;
    /** People dead at the scene (not preventable by the response). */
    public long deadAtScene;
    /** People given first treatment. */
    public long firstTreated;
    /** T1 casualties treated after their window (worse outcome). */
    public long lateT1;
    /** T2 casualties that turned T1 while untreated. */
    public long deteriorated;
    /** Casualties who died untreated after their window: preventable deaths. */
    public long preventableDeaths;
    /** Casualties carried by boat or stretcher out of cut-off areas. */
    public long ferried;
    /** Patients admitted to hospitals. */
    public long admitted;
    /** Patients discharged from hospital after their length of stay. */
    public long discharged;
    /** Hospital beds at the start (before surge). */
    public long bedsAtStart;
    /** Dispatches. */
    public long dispatches;
    /** Mean share of time ambulances were busy (NaN if none). */
    public double ambulanceUtilisation = Double.NaN;
}
