package org.drillsim.hazards;

/**
 * A hazard whose deaths depend on each place's exposure history (a toxic load over time), not on the zone it is in
 * at one instant. The world asks it for the probability of death at each population cell, tick by tick, instead of
 * the zone's flat {@link PeopleEffect#fatalityFraction()}; that probability already includes the protection of
 * people indoors, so no shelter factor is applied to it again.
 */
public interface DoseHazard extends Hazard {

    /** The exposure history of one place from time 0. */
    interface Exposure {
        /**
         * Probability of death by {@code tMs} of a person at this place (indoors and outdoors as the hazard assumes
         * at that time). Calls must come in non-decreasing time order.
         */
        double fatalityBy(long tMs);
    }

    /** A new exposure history for a person staying at (lon, lat). */
    Exposure exposureAt(double lon, double lat);
}
